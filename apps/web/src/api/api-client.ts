import type { ApiErrorBody, ErrorCode, FieldError } from '@duban/contracts';

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

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  token?: string | null;
  body?: unknown;
}

/** Calls the REST API under /api and returns its JSON body, or throws an ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await fetch(`/api${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Downloads a file the API makes (e.g. a CSV export) and hands it to the browser to save. */
export async function apiDownload(path: string, token: string | null, fileName: string): Promise<void> {
  const response = await fetch(`/api${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw await toApiError(response);
  const url = URL.createObjectURL(await response.blob());
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

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
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
