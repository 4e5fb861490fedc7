import fc from 'fast-check';
import { hostileKeys, hostileNumbers, hostileStrings, hostileValues } from './hostile-values';
import type { JsonSchema } from './openapi-routes';

/**
 * Values for a JSON Schema from the OpenAPI document: valid ones (so a request gets past validation to the
 * code behind it) and hostile ones of the right type (so the one bad field is what the server meets).
 */

/** Real ids by kind (`tasks`, `boards`, `departments`, `users`…): requests aimed at real things get deep. */
export type IdPool = Record<string, string[]>;

/** Which ids a field or path parameter takes, by its name: `leadDepartmentId` → departments. */
const ID_KINDS: [RegExp, string][] = [
  [/department/i, 'departments'],
  [/task/i, 'tasks'],
  [/board/i, 'boards'],
  [/user|leader|assignee|actor/i, 'users'],
  [/comment|replyTo/i, 'comments'],
  [/notification/i, 'notifications'],
];

export function idsNamed(name: string, pool: IdPool): string[] {
  const kind = ID_KINDS.find(([pattern]) => pattern.test(name))?.[1];
  return kind ? (pool[kind] ?? []) : Object.values(pool).flat();
}

const MAX_SAMPLE = 20;

/**
 * Sneaky values pass the schema and meet what lies behind it: NUL bytes and lone surrogates in text, the
 * schema's own limits for numbers, year 0 for dates, the nil uuid.
 */
export type Sneaky = boolean;

/** A value the schema accepts (nearly always: exactness does not matter to fuzzing). */
export function validValue(
  schema: JsonSchema,
  pool: IdPool,
  name = '',
  sneaky: Sneaky = false,
): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.length > 0) {
    return fc.oneof(...options.map((option) => validValue(option, pool, name, sneaky)));
  }
  const value = nonNullValue(schema, pool, name, sneaky);
  return schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
}

function nonNullValue(schema: JsonSchema, pool: IdPool, name: string, sneaky: Sneaky): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string': {
      const valid = validString(schema, pool, name);
      return sneaky ? fc.oneof(valid, sneakyString(schema)) : valid;
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      // Small: a `version` then often matches the real one, so the request gets past the conflict check.
      const valid = fc.integer({ min, max: Math.min(schema.maximum ?? min + 5, min + 5) });
      return sneaky
        ? fc.oneof(valid, fc.constantFrom(min, schema.maximum ?? Number.MAX_SAFE_INTEGER))
        : valid;
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validValue(schema.items ?? {}, pool, name, sneaky), { maxLength: 2 });
    case 'object':
      return validObject(schema, pool, sneaky);
    default:
      return fc.constant('x');
  }
}

const SNEAKY_TEXT = [
  'a\u0000b',
  '\u0000',
  'id-\ud800',
  '\udc00x',
  '\u202eabc',
  'x\u0007\u001b[31m',
  'a\r\nb',
  '\ufeffx',
  '%00',
];

function sneakyString(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff');
    case 'date':
    case 'date-time':
      return hostileDates;
    case 'uri':
      return fc.constantFrom('https://example.com/%00', 'https://\u0000.example', 'http://[::1]:0/');
    default: {
      const fits = SNEAKY_TEXT.filter((text) => text.length <= (schema.maxLength ?? Infinity));
      return fc.constantFrom(...(fits.length > 0 ? fits : ['\u0000']));
    }
  }
}

function validString(schema: JsonSchema, pool: IdPool, name: string): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid': {
      const ids = idsNamed(name, pool);
      return ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid();
    }
    case 'date':
      return fc.constantFrom('2030-01-31', '2024-02-29');
    case 'date-time':
      return fc.constantFrom('2030-01-31T08:00:00Z', '2024-02-29T23:59:59.999+08:00');
    case 'uri':
      return fc.constant('https://example.com/evidence');
    default:
      break;
  }
  const minLength = Math.max(schema.minLength ?? 1, 1);
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_SAMPLE, MAX_SAMPLE));
  const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
  return fc.string({ unit: letters, minLength, maxLength });
}

function validObject(
  schema: JsonSchema,
  pool: IdPool,
  sneaky: Sneaky,
): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, property]) => [
      key,
      validValue(property, pool, key, sneaky),
    ]),
  );
  return fc.record(model, { requiredKeys: schema.required ?? [] });
}

/** Dates a calendar check passes but PostgreSQL or `Date` may not: year 0, year 10000, the 24th hour. */
const hostileDates = fc.constantFrom(
  '0000-01-01',
  '0000-12-31',
  '0001-01-01',
  '9999-12-31',
  '2024-02-30',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999999999Z',
  '0000-02-29T00:00:00+23:59',
  '2024-01-01T24:00:00Z',
  '+275760-09-13T00:00:00Z',
);

const hostileUuids = fc.oneof(
  fc.uuid(),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
);

/** Mostly a hostile value of the schema's own type (it meets the code behind validation), else any. */
export function hostileValueFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const typed = typedHostile(schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema);
  return fc.oneof({ arbitrary: typed, weight: 3 }, { arbitrary: hostileValues, weight: 1 });
}

function typedHostile(schema: JsonSchema): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return hostileUuids;
      if (schema.format === 'date' || schema.format === 'date-time') return hostileDates;
      return hostileStrings;
    case 'integer':
    case 'number':
      return hostileNumbers;
    case 'array':
      return fc.array(typedHostile(schema.items ?? {}), { minLength: 1, maxLength: 3 });
    default:
      return hostileValues;
  }
}

/** A valid body with one field set to something hostile: mostly a known field, with a value of its type. */
export function mutatedObject(schema: JsonSchema, pool: IdPool): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const knownField = properties.map(([key, property]) =>
    hostileValueFor(property).map((value): [string, unknown] => [key, value]),
  );
  const unknownField = fc.tuple(hostileKeys, hostileValues);
  const field = knownField.length > 0 ? fc.oneof(...knownField, unknownField) : unknownField;
  return fc
    .tuple(validValue(schema, pool), field)
    .map(([valid, [key, value]]) =>
      valid !== null && typeof valid === 'object' ? { ...valid, [key]: value } : { [key]: value },
    );
}
