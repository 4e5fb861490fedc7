import fc from 'fast-check';

/**
 * Values a hostile or broken client sends: the edges of every type the API parses. Small building blocks,
 * combined by hostile-requests.ts for REST and by the socket fuzzing for Socket.IO messages.
 */

/** JSON text written as is: number tokens and nesting JSON.stringify cannot produce. */
export class RawJson {
  constructor(readonly text: string) {}
  toString(): string {
    return `RawJson(${this.text.length > 60 ? `${this.text.slice(0, 60)}…` : this.text})`;
  }
}

const LONG = 10_001;

export const hostileStrings: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '\udc00\ud800',
    '\u202e\u200b',
    '\ufeff',
    '\r\n\t\b\f\u007f',
    '%00',
    '%ZZ',
    '../../etc/passwd',
    "'; DROP TABLE tasks; --",
    '<script>alert(1)</script>',
    '0000-01-01',
    '0000-00-00',
    '2024-02-30',
    '-000001-01-01',
    '275760-09-14',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '9223372036854775808',
    '2147483648',
    '__proto__',
    '😀'.repeat(50),
    'a'.repeat(LONG),
    '\u0000'.repeat(LONG),
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
    maxLength: 10,
  }),
  fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff).map((code) => `id-${String.fromCharCode(code)}`),
);

export const hostileNumbers: fc.Arbitrary<number | RawJson> = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    -0.5,
    1.5,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 32,
    2 ** 53,
    2 ** 63,
    -(2 ** 63),
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  // Tokens JSON.stringify never writes: they parse to Infinity, -0, 0 or a rounded integer.
  fc
    .constantFrom('1e400', '-1e400', '-0', '1e-400', '123456789012345678901234567890')
    .map((text) => new RawJson(text)),
);

/** Arrays or objects nested deeper than any schema expects (raw text: no recursion to build them). */
export const deepNesting: fc.Arbitrary<RawJson> = fc
  .tuple(fc.constantFrom(64, 1_000, 20_000), fc.constantFrom(['[', ']'], ['{"a":', '}']))
  .map(([depth, [open, close]]) => new RawJson(`${open.repeat(depth)}1${close.repeat(depth)}`));

/** Keys a client should never get through: prototype pollution and odd unicode. */
export const hostileKeys: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '', '\u0000', '\ud800', 'id', 'version', 'role'),
  fc.string({ maxLength: 12 }),
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  hostileStrings,
  hostileNumbers,
  fc.boolean(),
  fc.constant(null),
  deepNesting,
);

/** Any JSON value, hostile at every level. */
export const hostileValues: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKeys, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** JSON text for a value that may hold RawJson parts (a lone surrogate becomes the escape `\ud800`). */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A string for a URL: percent-encoded, with lone surrogates as their (invalid) three UTF-8-style bytes,
 * e.g. U+D800 → %ED%A0%80, so the server's decoding meets them too.
 */
export function encodeUrlComponent(value: string): string {
  let encoded = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      encoded += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      encoded += encodeURIComponent(char);
    }
  }
  return encoded;
}

/** Already-encoded URL text that no correct client sends: broken escapes, encoded separators and NULs. */
export const malformedUrlText: fc.Arbitrary<string> = fc.constantFrom(
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '%2F..%2F',
  '..',
  '%C0%AE',
  '%uD800',
);
