import type { UserRole } from './common';

export interface DemoLoginView {
  username: string;
  displayName: string;
  role: UserRole;
}

/** `GET /api/setup` (public): what the sign-in page may show before anyone has signed in. */
export interface SetupInfo {
  /** True when the server runs the demo workspace: the sign-in page lists the demo logins. */
  demo: boolean;
  demoLogins: DemoLoginView[];
  demoPassword: string | null;
}
