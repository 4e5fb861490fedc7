import type { UserRole } from '@duban/contracts';

/** Where a user lands after signing in: those who watch the work get the dashboard, members their boards. */
export function landingPathOf(role: UserRole): '/dashboard' | '/boards' {
  switch (role) {
    case 'admin':
    case 'supervisor':
    case 'leader':
      return '/dashboard';
    case 'member':
      return '/boards';
  }
}
