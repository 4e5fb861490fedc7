/**
 * The printed bulletin's running header and page numbers, as @page margin boxes (Chromium paints them since
 * version 131; Firefox and Safari print without them). Margin boxes take only strings and counters, so the
 * board's title and period go into a style element written for this page.
 */

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (match) => `\\${match}`).replace(/\r?\n/g, '\\A ')}"`;
}

/** The @page rule: the running header top centre, "Page n / N" bottom right. */
export function runningHeaderCss(header: string, pageWord: string): string {
  return (
    `@page { size: A4; margin: 18mm 16mm 16mm;` +
    ` @top-center { content: ${cssString(header)}; font-size: 9pt; color: #59636e; }` +
    ` @bottom-right { content: ${cssString(`${pageWord} `)} counter(page) " / " counter(pages);` +
    ` font-size: 9pt; color: #59636e; } }`
  );
}
