import { useLayoutEffect, type RefObject } from 'react';

/** The gap kept between the popup and the window's edges, in CSS pixels. */
const MARGIN = 8;
/** The tallest the popup grows on a tall window (32rem), and the least height it keeps on a short one. */
const TALLEST = 512;
const SHORTEST = 160;

/**
 * Places an open popup under its anchor, right-aligned with it as on a desk, but moved left or right
 * as far as needed to stay inside the window, and no taller than the room below it. On a phone the bell
 * is not at the window's right edge, so right-aligning alone put half the list off-screen to the left.
 */
export function useKeepInViewport(
  anchorRef: RefObject<HTMLElement | null>,
  popupRef: RefObject<HTMLElement | null>,
  open: boolean,
): void {
  useLayoutEffect(() => {
    const anchor = anchorRef.current;
    const popup = popupRef.current;
    if (!open || !anchor || !popup) return;
    const place = () => {
      const anchorBox = anchor.getBoundingClientRect();
      const viewportWidth = document.documentElement.clientWidth;
      const width = popup.offsetWidth;
      const left = Math.max(MARGIN, Math.min(anchorBox.right - width, viewportWidth - MARGIN - width));
      popup.style.left = `${left - anchorBox.left}px`;
      popup.style.right = 'auto';
      const top = popup.getBoundingClientRect().top;
      popup.style.maxHeight = `${Math.max(SHORTEST, Math.min(TALLEST, window.innerHeight - top - MARGIN))}px`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [anchorRef, popupRef, open]);
}
