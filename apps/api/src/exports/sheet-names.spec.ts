import { MAX_SHEET_NAME, sheetNames } from './sheet-names';

describe('sheetNames (a sheet per board, named after its title as Excel allows)', () => {
  it('replaces the characters Excel refuses and cuts to 31 code units', () => {
    expect(sheetNames(['Roads: Q1/Q2 [draft] *?\\', 'A'.repeat(40)], 'Tasks')).toEqual([
      'Roads_ Q1_Q2 _draft_ ___',
      'A'.repeat(MAX_SHEET_NAME),
    ]);
  });

  it('never cuts a character in two, and counts Chinese as Excel does', () => {
    const [chinese, emoji] = sheetNames(
      ['中央环保督察整改落实情况'.repeat(3), `${'x'.repeat(30)}😀`],
      'Tasks',
    );
    expect(chinese).toBe('中央环保督察整改落实情况'.repeat(3).slice(0, 31));
    expect(emoji).toBe('x'.repeat(30));
  });

  it('numbers repeats, compared in any case, within the limit', () => {
    expect(
      sheetNames(['Inspection', 'INSPECTION', 'inspection', 'B'.repeat(35), 'b'.repeat(31)], 'Tasks'),
    ).toEqual(['Inspection', 'INSPECTION (2)', 'inspection (3)', 'B'.repeat(31), `${'b'.repeat(27)} (2)`]);
  });

  it('drops apostrophes at either end, gives an empty name the fallback and keeps off "History"', () => {
    expect(sheetNames(["'Quoted'", '///', '   ', 'History', '\u0007Bell'], '督办台账')).toEqual([
      'Quoted',
      '___',
      '督办台账',
      'History (2)',
      '_Bell',
    ]);
  });
});
