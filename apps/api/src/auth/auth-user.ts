import type { UserView } from '@duban/contracts';

/** The signed-in user a request or socket acts as, loaded fresh from the database. */
export type AuthUser = UserView;
