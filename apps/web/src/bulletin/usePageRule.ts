import { useEffect } from 'react';

/**
 * Adopts the print rule (running-header.ts) while the page is shown. A constructed stylesheet rather than
 * a <style> element: the app's Content-Security-Policy allows no inline styles, and CSSOM is not inline.
 */
export function usePageRule(css: string | null): void {
  useEffect(() => {
    // Browsers without constructed stylesheets (and jsdom) print without the running header.
    if (css === null || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css]);
}
