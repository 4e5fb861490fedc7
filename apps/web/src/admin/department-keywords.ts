/**
 * Keywords as an administrator types them: one per line or separated by commas (also the Chinese ，、；),
 * trimmed, without blanks or repeats (case-insensitively, the first spelling kept).
 */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of text.split(/[\n,，、;；]+/)) {
    const keyword = part.trim();
    const key = keyword.toLocaleLowerCase();
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  return keywords;
}

/** The keywords as the editor shows them: one per line. */
export const keywordsText = (keywords: readonly string[]) => keywords.join('\n');
