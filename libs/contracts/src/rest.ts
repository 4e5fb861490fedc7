import type { z } from 'zod';

/**
 * The shape of one REST route (the table itself is in routes.ts): what the API serves under `/api` and
 * what the web client calls, so both are built from the same entry.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** What a successful call answers. `T` exists only for the compiler: nothing of it is sent or checked. */
export type RouteResponse<T = unknown> =
  | { readonly kind: 'json'; readonly type?: T }
  | { readonly kind: 'none' }
  | { readonly kind: 'file'; readonly contentType: string; readonly fileName: string };

/** A JSON body of type `T`. */
export const json = <T>(): { readonly kind: 'json'; readonly type?: T } => ({ kind: 'json' });
/** 204, no body. */
export const noContent = (): { readonly kind: 'none' } => ({ kind: 'none' });
/** A file to save, e.g. a CSV export: its type and the name it is saved under. */
export const file = (contentType: string, fileName: string) =>
  ({ kind: 'file', contentType, fileName }) as const;

export interface RouteDefinition {
  readonly method: HttpMethod;
  /** Below `/api`, with `:name` for each path parameter, e.g. `/tasks/:taskId/comments`. */
  readonly path: string;
  /** The JSON request body, validated by the API with this schema. */
  readonly body?: z.ZodType;
  /** The query string, validated by the API with this schema. */
  readonly query?: z.ZodType;
  /**
   * A multipart/form-data upload (instead of a JSON body): one file in the field `file`, and the form's other
   * fields, validated by the API with this schema.
   */
  readonly multipart?: z.ZodType;
  readonly response: RouteResponse;
  /** The status of a success: 200, 201 (a POST that creates) or 204 (no body). */
  readonly status: 200 | 201 | 204;
  /** Needs no signed-in user (sign-in, health, setup). */
  readonly public?: true;
  /** One line for the API's documentation. */
  readonly summary: string;
}

/** Declares a route; keeps its literal path and its schemas' types. */
export const route = <const R extends RouteDefinition>(definition: R): R => definition;

/** `'/tasks/:taskId/comments/:id'` → `'taskId' | 'id'`. */
export type PathParamName<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamName<Rest>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<Path extends string> = { [Name in PathParamName<Path>]: string };

/** A coerced query field (a number in the API) accepts whatever the query string carries. */
type QueryValue<T> = unknown extends T ? string | number | undefined : T;
export type RouteQuery<Schema extends z.ZodType> = {
  [Key in keyof z.input<Schema>]: QueryValue<z.input<Schema>[Key]>;
};

export type RouteBody<R extends RouteDefinition> = R['body'] extends z.ZodType ? z.input<R['body']> : never;

type ParamsPart<R extends RouteDefinition> = [PathParamName<R['path']>] extends [never]
  ? { params?: undefined }
  : { params: PathParams<R['path']> };
type BodyPart<R extends RouteDefinition> = R['body'] extends z.ZodType
  ? { body: z.input<R['body']> }
  : { body?: undefined };
type QueryPart<R extends RouteDefinition> = R['query'] extends z.ZodType
  ? object extends RouteQuery<R['query']>
    ? { query?: RouteQuery<R['query']> }
    : { query: RouteQuery<R['query']> }
  : { query?: undefined };

/** What a client sends to call the route: its path parameters, query and body, each as the route says. */
export type RouteRequest<R extends RouteDefinition> = ParamsPart<R> & QueryPart<R> & BodyPart<R>;

/** What a JSON route answers (`void` for a 204; a file is saved rather than returned). */
export type RouteResult<R extends RouteDefinition> = R['response'] extends { kind: 'json'; type?: infer T }
  ? T
  : void;

/** Fills the path's parameters, each URI-encoded: `/tasks/:taskId` with `{ taskId: 'a/b' }` → `/tasks/a%2Fb`. */
export function routePath(route: Pick<RouteDefinition, 'path'>, params: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for the path parameter ${name} of ${route.path}`);
    return encodeURIComponent(value);
  });
}

/** The names of the path's parameters, in order. */
export function pathParamNames(route: Pick<RouteDefinition, 'path'>): string[] {
  return [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
}
