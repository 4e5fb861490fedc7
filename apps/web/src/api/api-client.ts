import {
  routePath,
  type ApiErrorBody,
  type ErrorCode,
  type FieldError,
  type RouteDefinition,
  type RouteRequest,
  type RouteResult,
} from '@duban/contracts';

/** A failed API call, carrying the message and code from the API's JSON error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: ErrorCode,
    readonly details: FieldError[] = [],
    /** On a 409 version conflict: the thing as it is now on the server. */
    readonly current?: unknown,
    /** On a 429: seconds until trying again may succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** 4xx: the request itself is wrong or not allowed, so retrying cannot help. */
export function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

type Request<R extends RouteDefinition> = RouteRequest<R> & { token?: string | null };
/** The request may be left out when the route needs nothing (no path parameters, body or required query). */
type RequestArgument<R extends RouteDefinition> =
  object extends Request<R> ? [request?: Request<R>] : [request: Request<R>];
/** A request as the URL and fetch see it, once the route's own types have been checked. */
interface UntypedRequest {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  token?: string | null;
}
type JsonRoute = RouteDefinition & { response: { kind: 'json' | 'none' } };
type FileRoute = RouteDefinition & { response: { kind: 'file' } };

/** The URL of a call: `/api`, the route's path with its parameters URI-encoded, and the query's set fields. */
export function routeUrl(route: RouteDefinition, request: UntypedRequest = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const query = search.toString();
  const path = routePath(route, request.params);
  return `/api${path}${query ? `?${query}` : ''}`;
}

/**
 * Calls a route of the REST API (`routes` in @duban/contracts) and returns its JSON body (nothing on a
 * 204), or throws an ApiError.
 */
export async function call<R extends JsonRoute>(
  route: R,
  ...[request]: RequestArgument<R>
): Promise<RouteResult<R>> {
  const untyped = (request ?? {}) as UntypedRequest;
  const { token, body } = untyped;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await fetch(routeUrl(route, untyped), {
    method: route.method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as RouteResult<R>;
  return (await response.json()) as RouteResult<R>;
}

/** Downloads a file the API makes (e.g. the CSV export) and has the browser save it under the route's name. */
export async function downloadFile<R extends FileRoute>(
  route: R,
  ...[request]: RequestArgument<R>
): Promise<void> {
  const untyped = (request ?? {}) as UntypedRequest;
  const token = untyped.token;
  const response = await fetch(routeUrl(route, untyped), {
    method: route.method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw await toApiError(response);
  saveBlob(await response.blob(), route.response.fileName);
}

/** Has the browser save bytes already fetched under `fileName` (its download, not a new page). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    // After the click has started the download: the browser holds its own copy.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export function isVersionConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.current !== undefined;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  return apiErrorOf(response, body);
}

/** The error of an answer whose JSON body (null if none) has been read: from fetch or XMLHttpRequest. */
export function apiErrorOf(
  response: Pick<Response, 'status' | 'statusText'>,
  body: Partial<ApiErrorBody> | null,
): ApiError {
  const message = typeof body?.message === 'string' ? body.message : response.statusText;
  return new ApiError(
    response.status,
    message || `HTTP ${response.status}`,
    body?.code,
    body?.details,
    body?.current,
    body?.retryAfterSeconds,
  );
}
