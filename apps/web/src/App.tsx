import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { useAuth } from './auth/useAuth';
import { AdminPage } from './admin/AdminPage';
import { BoardPage } from './board/BoardPage';
import { BoardListPage } from './boards-list/BoardListPage';
import { BulletinPage } from './bulletin/BulletinPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { LandingRedirect } from './dashboard/LandingRedirect';
import { WallDisplay } from './dashboard/WallDisplay';
import { AppLayout } from './layout/AppLayout';
import { LiveSocketProvider } from './live/LiveSocketProvider';
import { MinutesImportPage } from './minutes-import/MinutesImportPage';
import { MinutesListPage } from './minutes/MinutesListPage';
import { MinutesPage } from './minutes/MinutesPage';
import { ProfilePage } from './profile/ProfilePage';

// The panel (with the Markdown renderer) loads when a task is first opened, not with the board.
const TaskPanel = lazy(() =>
  import('./task-panel/TaskPanel').then(({ TaskPanel }) => ({ default: TaskPanel })),
);

/**
 * Routes: / (the landing: /dashboard for leaders, supervisors and administrators, /boards for members),
 * /dashboard and /boards/:boardId/dashboard (the leaders' figures), /boards (list), /boards/:boardId
 * (board; `?view=table` for the table, filters in the query),
 * /boards/:boardId/tasks/:taskId (the task panel over the board, a link of its own), /boards/:boardId/minutes
 * (the board's imported minutes) and /boards/:boardId/minutes/:minutesId (one, its decisions highlighted,
 * `?task=` to scroll to one), /admin (administration,
 * `?section=departments|users|activity`; others see "not allowed"), /profile (everyone's own).
 */
export function App() {
  const { token } = useAuth();
  if (!token) {
    return (
      <AppLayout>
        <LoginPage />
      </AppLayout>
    );
  }
  return (
    // One socket for the signed-in tab: notifications in the header, and the open board.
    <LiveSocketProvider>
      <AppLayout>
        <Routes>
          <Route path="/" element={<LandingRedirect />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/dashboard/wall" element={<WallDisplay />} />
          <Route path="/boards/:boardId/dashboard" element={<DashboardPage />} />
          <Route path="/boards/:boardId/circular" element={<BulletinPage />} />
          <Route path="/boards/:boardId/minutes" element={<MinutesListPage />} />
          <Route path="/boards/:boardId/minutes/:minutesId" element={<MinutesPage />} />
          <Route path="/boards/:boardId/minutes/import" element={<MinutesImportPage />} />
          <Route path="/boards" element={<BoardListPage />} />
          <Route path="/boards/:boardId" element={<BoardPage />}>
            <Route
              path="tasks/:taskId"
              element={
                <Suspense fallback={null}>
                  <TaskPanel />
                </Suspense>
              }
            />
          </Route>
          <Route path="/admin" element={<AdminPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="*" element={<Navigate to="/boards" replace />} />
        </Routes>
      </AppLayout>
    </LiveSocketProvider>
  );
}
