import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser } from './auth-user';

export interface AuthenticatedRequest {
  user?: AuthUser;
  /** The session the request's token belongs to. */
  sessionId?: string;
}

function authenticatedRequest(context: ExecutionContext): AuthenticatedRequest {
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = authenticatedRequest(context).user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});

export const CurrentSessionId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const sessionId = authenticatedRequest(context).sessionId;
  if (!sessionId) throw new Error('CurrentSessionId used on a public route');
  return sessionId;
});
