import { matchesOf } from './text-spans';

/** A department and the words that suggest it as a decision's lead (`Department.keywords`). */
export interface DepartmentKeywords {
  id: string;
  name: string;
  keywords: readonly string[];
}

export interface DepartmentSuggestion {
  leadDepartmentId?: string;
  cooperatingDepartmentIds: string[];
  /** The keywords that matched, the lead's first, each once. */
  matched: string[];
}

/** A department's keywords, compiled once per preview. */
export interface DepartmentMatcher {
  id: string;
  keywords: readonly { word: string; pattern: RegExp; lowercase: string }[];
}

/**
 * English keywords match whole words, case-insensitively ("green" is not in "greenhouse"; a space in a
 * keyword matches any white space); a keyword with Han characters matches anywhere (Chinese has no spaces).
 */
export function departmentMatchers(departments: readonly DepartmentKeywords[]): DepartmentMatcher[] {
  return departments.map((department) => {
    const seen = new Set<string>();
    const keywords = department.keywords
      .map((keyword) => keyword.trim())
      .filter((keyword) => {
        const key = keyword.toLowerCase();
        if (keyword === '' || seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((word) => ({ word, pattern: keywordPattern(word), lowercase: word.toLowerCase() }));
    return { id: department.id, keywords };
  });
}

function keywordPattern(keyword: string): RegExp {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  if (/\p{Script=Han}/u.test(keyword)) return new RegExp(escaped, 'giu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

interface Hits {
  id: string;
  count: number;
  first: number;
  /** Matched keywords in the order they first occur in the text. */
  words: string[];
}

/**
 * Suggests departments from their keywords only: the lead is the department with the most keyword hits
 * (ties: the one matched first in the text), the cooperating departments are the others that matched. No
 * keyword matched: no lead, nobody cooperating, nothing matched. Never a guess.
 */
export function suggestDepartments(
  text: string,
  matchers: readonly DepartmentMatcher[],
): DepartmentSuggestion {
  const lowercase = text.toLowerCase();
  const ranked = matchers
    .map((matcher) => hitsOf(text, lowercase, matcher))
    .filter((hits) => hits.count > 0)
    .sort((a, b) => b.count - a.count || a.first - b.first);
  const [lead, ...cooperating] = ranked;
  if (!lead) return { cooperatingDepartmentIds: [], matched: [] };
  const matched = new Map<string, string>();
  for (const word of ranked.flatMap((hits) => hits.words)) {
    if (!matched.has(word.toLowerCase())) matched.set(word.toLowerCase(), word);
  }
  return {
    leadDepartmentId: lead.id,
    cooperatingDepartmentIds: cooperating.map((hits) => hits.id),
    matched: [...matched.values()],
  };
}

function hitsOf(text: string, lowercase: string, matcher: DepartmentMatcher): Hits {
  const found: { word: string; first: number }[] = [];
  let count = 0;
  for (const { word, pattern, lowercase: lowercaseWord } of matcher.keywords) {
    // Most keywords are not in a given decision: a plain search says so faster than the pattern.
    if (!/\s/.test(lowercaseWord) && !lowercase.includes(lowercaseWord)) continue;
    let first = -1;
    for (const match of matchesOf(pattern, text)) {
      if (first < 0) first = match.index;
      count += 1;
    }
    if (first >= 0) found.push({ word, first });
  }
  found.sort((a, b) => a.first - b.first);
  return { id: matcher.id, count, first: found[0]?.first ?? Infinity, words: found.map((hit) => hit.word) };
}
