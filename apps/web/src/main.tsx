import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isClientError } from './api/api-client';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { LanguageProvider } from './i18n/LanguageProvider';
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
      <LanguageProvider>
        <AuthProvider>
          <App />
        </AuthProvider>
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
