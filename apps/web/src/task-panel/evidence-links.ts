/**
 * Evidence links as safe hrefs: only absolute http(s) URLs, normalized by the URL parser. The API checks
 * this too; the client checks again because a link is only as safe as its href.
 */
export function safeLinks(links: readonly string[]): string[] {
  return links.flatMap((link) => {
    const url = parseUrl(link.trim());
    return url && (url.protocol === 'http:' || url.protocol === 'https:') ? [url.href] : [];
  });
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
