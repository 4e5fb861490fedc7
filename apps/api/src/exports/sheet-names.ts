/** Excel's longest sheet name, in UTF-16 code units (what Excel counts). */
export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in a sheet name, and control characters (not allowed in the XML). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f\u007f]/g;

/** The longest start of the text within `max` UTF-16 code units, never cutting a surrogate pair in two. */
function within(text: string, max: number): string {
  let result = '';
  for (const character of text) {
    if (result.length + character.length > max) break;
    result += character;
  }
  return result;
}

/** One name as Excel accepts it: forbidden characters as "_", no apostrophe at either end, 31 at most. */
function safeName(title: string, fallback: string): string {
  const cleaned = title
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const name = within(cleaned, MAX_SHEET_NAME).trim();
  return name === '' ? within(fallback, MAX_SHEET_NAME) : name;
}

/**
 * Sheet names for the boards' titles, in order: each made safe for Excel (see safeName) and unique the way
 * Excel compares them (any case), a repeated name getting " (2)", " (3)" … within the 31 code units.
 * `fallback` names a sheet whose title leaves nothing (e.g. only forbidden characters).
 */
export function sheetNames(titles: readonly string[], fallback: string): string[] {
  const key = (name: string) => name.toLocaleLowerCase('en-US');
  // "History" is reserved by Excel (its change-tracking sheet): a board of that title is "History (2)".
  const taken = new Set<string>([key('History')]);
  return titles.map((title) => {
    const base = safeName(title, fallback);
    let name = base;
    for (let copy = 2; taken.has(key(name)); copy++) {
      const suffix = ` (${copy})`;
      name = `${within(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(key(name));
    return name;
  });
}
