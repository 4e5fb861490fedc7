import fc from 'fast-check';
import request from 'supertest';
import {
  deepNesting,
  encodeUrlComponent,
  hostileKeys,
  hostileStrings,
  hostileValues,
  malformedUrlText,
  RawJson,
  toJsonText,
} from './hostile-values';
import { fillPath, type ApiRoute, type JsonSchema } from './openapi-routes';
import { hostileValueFor, idsNamed, mutatedObject, validValue, type IdPool } from './schema-arbitraries';

export type { IdPool } from './schema-arbitraries';

/** Who sends a request: a signed-in user's token, or none or a forged one. */
export interface Caller {
  label: string;
  token: string | null;
  /** How often this caller is drawn, relative to the others. */
  weight: number;
}

export interface HostileBody {
  contentType: string;
  text: string;
}

/** One generated request; printed when the property fails (fast-check shrinks it first). */
export interface HostileRequest {
  caller: Caller;
  method: ApiRoute['method'];
  path: string;
  body: HostileBody | null;
}

const NOT_JSON = [
  'not json',
  '{',
  '{"a":1,}',
  "{'a':1}",
  '\u0000',
  '\ufeff{}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"__proto__":{"role":"admin"}}',
  '{"constructor":{"prototype":{"role":"admin"}}}',
  '1e400',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-16',
  'application/json; charset=x-unknown',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
];

/** Bodies a broken client sends: mutated valid ones, hostile JSON, non-JSON, odd content types, none. */
export function hostileBodies(schema: JsonSchema | null, pool: IdPool): fc.Arbitrary<HostileBody | null> {
  const json = (value: fc.Arbitrary<unknown>) =>
    value.map((body): HostileBody => ({ contentType: 'application/json', text: toJsonText(body) }));
  const shaped = schema
    ? [
        { arbitrary: json(mutatedObject(schema, pool)), weight: 5 },
        { arbitrary: json(validValue(schema, pool, '', true)), weight: 4 },
      ]
    : [];
  const raw = fc.record({
    contentType: fc.constantFrom(...CONTENT_TYPES),
    text: fc.oneof(fc.constantFrom(...NOT_JSON), hostileStrings),
  });
  return fc.oneof(
    ...shaped,
    { arbitrary: json(hostileValues), weight: 2 },
    { arbitrary: json(deepNesting), weight: 1 },
    { arbitrary: raw, weight: 2 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** A path parameter: mostly a real id, else a random uuid, hostile text or a broken escape. */
function pathParamValues(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(ids.length > 0 ? [{ arbitrary: fc.constantFrom(...ids), weight: 6 }] : []),
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: hostileStrings.map(encodeUrlComponent), weight: 1 },
    { arbitrary: malformedUrlText, weight: 1 },
  );
}

/** The segment before a path parameter names what it is: `/api/tasks/{taskId}` → tasks. */
function idsForParam(path: string, param: string, pool: IdPool): string[] {
  const segments = path.split('/');
  return idsNamed(segments[segments.indexOf(`{${param}}`) - 1] ?? param, pool);
}

/** A query value as URL text: numbers and raw JSON tokens as written, the rest percent-encoded. */
function queryText(value: unknown): string {
  if (value instanceof RawJson) return encodeUrlComponent(value.text);
  if (typeof value === 'string') return encodeUrlComponent(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return encodeUrlComponent(toJsonText(value));
}

function queryPairs(entries: [string, unknown][]): string {
  const pairs = entries.flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => `${encodeUrlComponent(name)}=${queryText(item)}`),
  );
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** The documented parameters with valid values but one hostile (of its type), or plain garbage. */
function queryStrings(route: ApiRoute, pool: IdPool): fc.Arbitrary<string> {
  const valid = fc.record(
    Object.fromEntries(
      route.queryParams.map((param) => [param.name, validValue(param.schema, pool, param.name, true)]),
    ),
    { requiredKeys: route.queryParams.filter((param) => param.required).map((param) => param.name) },
  );
  const oneHostile = route.queryParams.map((param) =>
    hostileValueFor(param.schema).map((value): [string, unknown] => [param.name, value]),
  );
  const shaped = fc
    .tuple(
      valid,
      oneHostile.length > 0 ? fc.option(fc.oneof(...oneHostile), { nil: null }) : fc.constant(null),
    )
    .map(([values, hostile]) =>
      queryPairs(Object.entries(hostile ? { ...values, [hostile[0]]: hostile[1] } : values)),
    );
  const garbage = fc
    .array(fc.tuple(hostileKeys, fc.constantFrom('', '[]', '[a]', '[__proto__]'), malformedUrlText), {
      maxLength: 3,
    })
    .map((pairs) => pairs.map(([key, bracket, text]) => `${encodeUrlComponent(key)}${bracket}=${text}`))
    .map((pairs) => (pairs.length > 0 ? `?${pairs.join('&')}` : ''));
  return fc.oneof({ arbitrary: shaped, weight: 3 }, { arbitrary: garbage, weight: 1 });
}

/** Requests to one route: real and hostile path ids, hostile query strings and bodies, various callers. */
export function hostileRequests(
  route: ApiRoute,
  pool: IdPool,
  callers: Caller[],
): fc.Arbitrary<HostileRequest> {
  const params = Object.fromEntries(
    route.pathParams.map((param) => [param, pathParamValues(idsForParam(route.path, param, pool))]),
  );
  return fc.record({
    caller: fc.oneof(...callers.map((caller) => ({ arbitrary: fc.constant(caller), weight: caller.weight }))),
    method: fc.constant(route.method),
    path: fc
      .tuple(fc.record(params), queryStrings(route, pool))
      .map(([values, query]) => `${fillPath(route.path, values)}${query}`),
    body: hostileBodies(route.body, pool),
  });
}

/**
 * Requests every route gets on every run, besides the random ones: the bodies a sloppy client sends most
 * (none, `{}`, `null`, `[]`), aimed at a real thing by a caller who may reach it.
 */
export function edgeRequests(route: ApiRoute, pool: IdPool, caller: Caller): HostileRequest[] {
  const fallback = '00000000-0000-4000-8000-000000000000';
  const params = Object.fromEntries(
    route.pathParams.map((param) => [param, idsForParam(route.path, param, pool)[0] ?? fallback]),
  );
  const path = fillPath(route.path, params);
  const bodies = [null, '{}', 'null', '[]'].map((text) =>
    text === null ? null : { contentType: 'application/json', text },
  );
  return bodies.map((body) => ({ caller, method: route.method, path, body }));
}

/** Sends the request byte for byte (the body is raw text, so escapes like `\ud800` reach the server). */
export async function send(baseUrl: string, hostile: HostileRequest): Promise<request.Response> {
  let pending = request(baseUrl)[hostile.method](hostile.path).timeout(20_000);
  if (hostile.caller.token !== null) pending = pending.set('Authorization', `Bearer ${hostile.caller.token}`);
  if (hostile.body) pending = pending.set('Content-Type', hostile.body.contentType).send(hostile.body.text);
  return pending.ok(() => true);
}
