import type { z } from 'zod';
import { boardEventsQuerySchema } from './boards';
import { isoDateSchema, isoInstantSchema, longText, MAX_INT4, requiredText, shortText } from './common';
import { createCommentSchema } from './comments';
import { updateTaskSchema } from './tasks';

/** The messages of a failed parse, or [] when it passes. */
function problems(schema: z.ZodType, value: unknown): string[] {
  return schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
}

describe('text safety', () => {
  it('refuses NUL and other control characters everywhere, and line breaks in one-line text', () => {
    for (const text of ['a\u0000b', 'a\u001bb', 'a\u007fb', 'a\u0085b']) {
      expect(problems(shortText(100), text)).toEqual([expect.stringMatching(/control characters/)]);
      expect(problems(longText(100), text)).toEqual([expect.stringMatching(/control characters/)]);
      expect(problems(requiredText(100), text)).toEqual([expect.stringMatching(/control characters/)]);
    }
    expect(problems(shortText(100), 'two\nlines')).toEqual([expect.stringMatching(/one line/)]);
    expect(problems(shortText(100), 'tab\there')).toEqual([expect.stringMatching(/one line/)]);
  });

  it('keeps tabs and line breaks in multi-line text, and trims one-line text', () => {
    expect(longText(100).parse('Steps:\r\n\t1. relocate\n')).toBe('Steps:\r\n\t1. relocate\n');
    expect(requiredText(100).parse('  First\nSecond  ')).toBe('First\nSecond');
    expect(shortText(100).parse('\t Relocate \n')).toBe('Relocate');
  });

  it('refuses half a surrogate pair, and keeps a whole one (an emoji)', () => {
    for (const text of ['\ud800', 'ok \udfff', '\ude00\ud83d']) {
      expect(problems(longText(100), text)).toEqual([expect.stringMatching(/broken character/)]);
    }
    expect(shortText(100).parse('done \ud83d\ude00')).toBe('done 😀');
  });

  it('counts text of only spaces or invisible characters as empty where text is required', () => {
    for (const text of ['\u200b', '\u200d\u2060', '\ufeff', '\u3000 ', '\u3164', '\u2800', '\u00ad']) {
      const result = createCommentSchema.safeParse({ body: text });
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'too_small', path: ['body'] })]);
    }
    expect(problems(shortText(10), '')).toHaveLength(1);
    // Optional text may be empty or blank: nothing is required of it.
    expect(longText(10).parse('\u200b')).toBe('\u200b');
    expect(requiredText(10).parse('已办结\u200b')).toBe('已办结\u200b');
  });
});

describe('dates and instants', () => {
  it('accepts deadlines from 2000 to 2099 only, with one problem for a date that is not one', () => {
    expect(isoDateSchema.parse('2000-01-01')).toBe('2000-01-01');
    expect(isoDateSchema.parse('2099-12-31')).toBe('2099-12-31');
    for (const date of ['0000-01-01', '1999-12-31', '2100-01-01', '2199-12-31', '9999-12-31']) {
      expect(problems(isoDateSchema, date)).toEqual(['must be a date from 2000-01-01 to 2099-12-31']);
    }
    expect(problems(isoDateSchema, '2021-02-29')).toHaveLength(1);
  });

  it('accepts search bounds from 1900 on', () => {
    expect(isoInstantSchema.safeParse('1900-01-01T00:00:00+08:00').success).toBe(true);
    expect(problems(isoInstantSchema, '0000-01-01T00:00:00Z')).toEqual(['must be in the year 1900 or later']);
  });
});

describe('integers', () => {
  it('bound seqs and versions to what an integer column holds', () => {
    expect(boardEventsQuerySchema.parse({ after: String(MAX_INT4) }).after).toBe(MAX_INT4);
    expect(boardEventsQuerySchema.safeParse({ after: String(MAX_INT4 + 1) }).error?.issues[0]?.path).toEqual([
      'after',
    ]);
    expect(updateTaskSchema.safeParse({ version: MAX_INT4 + 1 }).error?.issues[0]?.path).toEqual(['version']);
  });
});
