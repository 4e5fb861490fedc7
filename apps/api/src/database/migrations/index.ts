import { InitialSchema1795718918314 } from './1795718918314-InitialSchema';

/** Every migration in order; the app runs them on start. Add new ones with `npm run migration:generate`. */
export const MIGRATIONS = [InitialSchema1795718918314];
