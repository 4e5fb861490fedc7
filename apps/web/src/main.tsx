import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isClientError } from './api/api-client';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import './i18n/i18n';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // Only network and server errors may go away on retry; on a 401 AuthProvider signs out instead.
    queries: { retry: (failureCount, error) => !isClientError(error) && failureCount < 2 },
  },
});

// A data router, so a page can hold the user back from losing unsaved edits (useBlocker); App keeps
// its own <Routes> under this one catch-all route.
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <AuthProvider>
        <App />
      </AuthProvider>
    ),
  },
]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
