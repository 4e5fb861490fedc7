import type { NextFunction, Request, Response } from 'express';

/**
 * A request that carries no body at all (`curl -X POST` sends none) has the body `{}`, so an endpoint whose
 * fields are all optional accepts it and the others name their missing fields, instead of every schema
 * answering "expected object, received undefined". A body that is there but not JSON is left alone: the
 * schemas refuse it.
 */
export function emptyBodyAsEmptyObject(request: Request, _response: Response, next: NextFunction): void {
  if (request.body === undefined && !carriesBody(request)) request.body = {};
  next();
}

function carriesBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
