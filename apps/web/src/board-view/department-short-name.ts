/**
 * A department's name short enough for a compact card's chip; the full name stays in its tooltip and in
 * the task panel. Chinese names lose the city prefix (市, 市委), the kind of body (局, 委, 部, 办…) and 和,
 * and keep four characters: 市生态环境局 → 生态环境, 市委组织部 → 组织. English names lose "City", the
 * kind of body and small words, and keep the first word: Ecology and Environment Bureau → Ecology.
 */
export function shortDepartmentName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  return /[\u3400-\u9fff]/.test(trimmed) ? shortChinese(trimmed) : shortLatin(trimmed);
}

const CHINESE_PREFIX = /^(市委|市|区委|区|县委|县)/;
const CHINESE_SUFFIX = /(委员会|办公室|管理局|局|委|部|办|厅|处|中心)$/;
const CHINESE_LENGTH = 4;

function shortChinese(name: string): string {
  const core = name
    .replace(CHINESE_PREFIX, '')
    .replace(CHINESE_SUFFIX, '')
    .replace(/[和与及]/g, '');
  const chosen = core === '' ? name : core;
  return [...chosen].slice(0, CHINESE_LENGTH).join('');
}

const LATIN_SKIPPED = new Set([
  'city',
  'municipal',
  'the',
  'of',
  'and',
  '&',
  'for',
  'bureau',
  'commission',
  'department',
  'office',
  'committee',
  'administration',
  'center',
  'centre',
  'agency',
]);
const LATIN_LENGTH = 12;

function shortLatin(name: string): string {
  const words = name.split(/\s+/);
  const first = words.find((word) => !LATIN_SKIPPED.has(word.toLowerCase())) ?? words[0] ?? name;
  return first.length > LATIN_LENGTH ? `${first.slice(0, LATIN_LENGTH - 1)}…` : first;
}
