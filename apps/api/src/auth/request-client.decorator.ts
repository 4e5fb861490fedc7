import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Where a request came from, for login throttling and telling sessions apart. */
export interface RequestClient {
  /** The client's address; behind a proxy, from X-Forwarded-For only if TRUST_PROXY trusts that proxy. */
  address: string;
  userAgent: string | null;
}

export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): RequestClient => {
  const request = context.switchToHttp().getRequest<Request>();
  return {
    address: request.ip ?? request.socket.remoteAddress ?? 'unknown',
    userAgent: request.headers['user-agent'] ?? null,
  };
});
