import type { ReactNode } from 'react';
import { AppHeader } from './AppHeader';

/** The header over the page's content. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main className="app-main">{children}</main>
    </>
  );
}
