import { Navigate } from 'react-router';
import { useMe } from '../auth/useMe';
import { landingPathOf } from './landing';

/** `/` (where signing in leaves the user): the landing page of their role, once the API has said who they are. */
export function LandingRedirect() {
  const me = useMe();
  if (!me) return null;
  return <Navigate to={landingPathOf(me.role)} replace />;
}
