import { useState } from 'react';
import { LoginForm } from './auth/LoginForm';
import { useAuth } from './auth/useAuth';
import { BoardList } from './boards/BoardList';
import { BoardPage } from './boards/BoardPage';
import { AppHeader } from './layout/AppHeader';

export function App() {
  const { token } = useAuth();
  return (
    <>
      <AppHeader />
      <main className="app-main">{token ? <SignedInApp /> : <LoginForm />}</main>
    </>
  );
}

/** Until the app gets a router: the board list, or the one board that is open. */
function SignedInApp() {
  const [openBoardId, setOpenBoardId] = useState<string | null>(null);
  if (openBoardId)
    return <BoardPage key={openBoardId} boardId={openBoardId} onBack={() => setOpenBoardId(null)} />;
  return <BoardList onOpen={setOpenBoardId} />;
}
