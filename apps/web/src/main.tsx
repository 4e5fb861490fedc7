import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
