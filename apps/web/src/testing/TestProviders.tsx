import type { DepartmentView, UserView } from '@duban/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { queryKeys } from '../api/queries';
import { AuthContext } from '../auth/auth-context';

interface TestProvidersProps {
  users?: UserView[];
  departments?: DepartmentView[];
  children: ReactNode;
}

/**
 * Component tests: a signed-in user, a router, and a query cache that already holds the directory, so
 * names show without a server.
 */
export function TestProviders({ users = [], departments = [], children }: TestProvidersProps) {
  const [queryClient] = useState(() => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    client.setQueryData(queryKeys.users, users);
    client.setQueryData(queryKeys.departments, departments);
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <AuthContext
        value={{
          token: 'test-token',
          signIn: () => undefined,
          signOut: () => undefined,
          renewSession: () => Promise.resolve(),
        }}
      >
        <MemoryRouter>{children}</MemoryRouter>
      </AuthContext>
    </QueryClientProvider>
  );
}
