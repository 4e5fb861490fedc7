import fc from 'fast-check';
import request from 'supertest';
import {
  deepNesting,
  encodeUrlComponent,
  hostileKeys,
  hostileNumbers,
  hostileStrings,
  hostileValues,
  malformedUrlText,
  toJsonText,
} from './hostile-values';
import { fillPath, type ApiRoute, type JsonSchema } from './openapi-routes';

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

/** One generated request; printed as is when the property fails (fast-check shrinks it first). */
export interface HostileRequest {
  caller: Caller;
  method: ApiRoute['method'];
  path: string;
  body: HostileBody | null;
}

/** Real ids by the path segment that names them (`tasks`, `boards`, `comments`…), so requests get deep. */
export type IdPool = Record<string, string[]>;

const MAX_SAMPLE = 20;

/** A value the schema accepts (mostly: the fuzzing does not need it exact), uuids drawn from real ids. */
export function validValue(schema: JsonSchema, ids: string[]): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.length > 0) return fc.oneof(...options.map((option) => validValue(option, ids)));
  const value = nonNullValue(schema, ids);
  return schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
}

function nonNullValue(schema: JsonSchema, ids: string[]): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringValue(schema, ids);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? min + 100, min + 100);
      return fc.integer({ min, max });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(schema.items ?? {}, ids), { maxLength: 3 });
    case 'object':
      return objectValue(schema, ids);
    default:
      return fc.constant('x');
  }
}

function stringValue(schema: JsonSchema, ids: string[]): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid();
  if (schema.format === 'date') return fc.constantFrom('2030-01-31', '2024-02-29');
  if (schema.format === 'uri') return fc.constant('https://example.com/evidence');
  const minLength = Math.max(schema.minLength ?? 1, 1);
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_SAMPLE, MAX_SAMPLE));
  return fc.string({ unit: 'grapheme-ascii', minLength, maxLength });
}

function objectValue(schema: JsonSchema, ids: string[]): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, validValue(property, ids)]),
  );
  return fc.record(model, { requiredKeys: schema.required ?? [] });
}

/** A valid-looking body with one field (known or unknown) set to something hostile. */
function mutatedBody(schema: JsonSchema, ids: string[]): fc.Arbitrary<unknown> {
  const known = Object.keys(schema.properties ?? {});
  const key = known.length > 0 ? fc.oneof(fc.constantFrom(...known), hostileKeys) : hostileKeys;
  return fc
    .tuple(validValue(schema, ids), key, hostileValues)
    .map(([valid, field, value]) =>
      valid !== null && typeof valid === 'object' ? { ...valid, [field]: value } : { [field]: value },
    );
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
  'null',
  '[]',
  '""',
  '1e400',
];

/** Bodies a broken client sends: mutated valid ones, hostile JSON, non-JSON, odd content types, none. */
export function hostileBodies(schema: JsonSchema | null, ids: string[]): fc.Arbitrary<HostileBody | null> {
  const json = (value: fc.Arbitrary<unknown>) =>
    value.map((body): HostileBody => ({ contentType: 'application/json', text: toJsonText(body) }));
  const shaped = schema ? [{ arbitrary: json(mutatedBody(schema, ids)), weight: 6 }] : [];
  return fc.oneof(
    ...shaped,
    { arbitrary: json(hostileValues), weight: 2 },
    { arbitrary: json(deepNesting), weight: 1 },
    {
      arbitrary: fc.record({
        contentType: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-16',
          'application/json; charset=x-unknown',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ),
        text: fc.oneof(fc.constantFrom(...NOT_JSON), hostileStrings),
      }),
      weight: 2,
    },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** A path parameter: mostly a real id, else a random uuid, hostile text or a broken escape. */
function pathParamValues(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(ids.length > 0 ? [{ arbitrary: fc.constantFrom(...ids), weight: 4 }] : []),
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: hostileStrings.map(encodeUrlComponent), weight: 1 },
    { arbitrary: malformedUrlText, weight: 1 },
  );
}

/** The segment before a path parameter names what it is: `/api/tasks/{taskId}` → `tasks`. */
function idsFor(path: string, param: string, pool: IdPool): string[] {
  const segments = path.split('/');
  const index = segments.indexOf(`{${param}}`);
  return pool[segments[index - 1] ?? ''] ?? [];
}

function queryStrings(route: ApiRoute): fc.Arbitrary<string> {
  const names = route.queryParams.map((param) => param.name);
  const name = names.length > 0 ? fc.oneof(fc.constantFrom(...names), hostileKeys) : hostileKeys;
  const value = fc.oneof(
    hostileStrings.map(encodeUrlComponent),
    hostileNumbers.map((number) => encodeUrlComponent(String(number))),
    malformedUrlText,
  );
  const suffix = fc.constantFrom('', '[]', '[a]', '[__proto__]');
  const pair = fc
    .tuple(name, suffix, value)
    .map(([key, bracket, text]) => `${encodeUrlComponent(key)}${bracket}=${text}`);
  return fc.array(pair, { maxLength: 4 }).map((pairs) => (pairs.length > 0 ? `?${pairs.join('&')}` : ''));
}

/** Requests to one route: real and hostile path ids, hostile query strings and bodies, various callers. */
export function hostileRequests(
  route: ApiRoute,
  pool: IdPool,
  callers: Caller[],
): fc.Arbitrary<HostileRequest> {
  const allIds = Object.values(pool).flat();
  const params = Object.fromEntries(
    route.pathParams.map((param) => [param, pathParamValues(idsFor(route.path, param, pool))]),
  );
  return fc.record({
    caller: fc.oneof(...callers.map((caller) => ({ arbitrary: fc.constant(caller), weight: caller.weight }))),
    method: fc.constant(route.method),
    path: fc
      .tuple(fc.record(params), queryStrings(route))
      .map(([values, query]) => `${fillPath(route.path, values)}${query}`),
    body: hostileBodies(route.body, allIds),
  });
}

/**
 * Requests every route gets on every run, besides the random ones: the bodies a sloppy client sends most
 * (none, `{}`, `null`, `[]`), aimed at a real thing by a caller who may reach it.
 */
export function edgeRequests(route: ApiRoute, pool: IdPool, caller: Caller): HostileRequest[] {
  const params = Object.fromEntries(
    route.pathParams.map((param) => [
      param,
      idsFor(route.path, param, pool)[0] ?? '00000000-0000-4000-8000-000000000000',
    ]),
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
