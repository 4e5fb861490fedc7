import type { Locator, Page } from 'playwright-core';

/** How wide the page is against the window, and which elements stick out past its right or left edge. */
export interface PageWidth {
  url: string;
  innerWidth: number;
  scrollWidth: number;
  /** Up to five elements that reach outside the window and are not inside a sideways scroller. */
  overflowing: string[];
}

/**
 * Measures whether the page as a whole would scroll sideways. An element inside its own horizontal
 * scroller (the board's column strip, a wide table's wrapper) may be wider than the window: only the
 * document's width counts, and the offenders are listed to say where to look when it is too wide.
 */
export async function measurePageWidth(page: Page): Promise<PageWidth> {
  const measured = await page.evaluate<PageWidth>(MEASURE_IN_PAGE);
  // A phone (isMobile) does not scroll a too-wide page: it widens its layout window to fit it, so the
  // page always "fits" its window. Measured against the screen the story asked for, that widening shows.
  const screen = page.viewportSize();
  if (!screen || measured.innerWidth <= screen.width) return measured;
  return {
    ...measured,
    innerWidth: screen.width,
    scrollWidth: Math.max(measured.scrollWidth, measured.innerWidth),
  };
}

/** Runs in the page (this package is typed without the DOM, so the browser's side is a script). */
const MEASURE_IN_PAGE = `(() => {
  const width = window.innerWidth;
  const scrollsSideways = (element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
  const insideScroller = (element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (scrollsSideways(parent)) return true;
    }
    return false;
  };
  const describe = (element) => {
    const rect = element.getBoundingClientRect();
    const id = element.getAttribute('data-testid') || element.id;
    const classes = [...element.classList].join('.');
    return element.tagName.toLowerCase() + (id ? '[' + id + ']' : '') + (classes ? '.' + classes : '') +
      ' ' + Math.round(rect.left) + '..' + Math.round(rect.right);
  };
  const overflowing = [...document.body.querySelectorAll('*')]
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5) && !insideScroller(element);
    })
    .slice(0, 5)
    .map(describe);
  return {
    url: location.pathname + location.search,
    innerWidth: width,
    scrollWidth: document.documentElement.scrollWidth,
    overflowing,
  };
})()`;

/** The element's box against the window: how far it sticks out on each side (0 when inside). */
export async function outsideViewport(
  locator: Locator,
): Promise<{ left: number; right: number; top: number; bottom: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not shown');
  const viewport = locator.page().viewportSize()!;
  return {
    left: Math.max(0, -box.x),
    right: Math.max(0, box.x + box.width - viewport.width),
    top: Math.max(0, -box.y),
    bottom: Math.max(0, box.y + box.height - viewport.height),
  };
}
