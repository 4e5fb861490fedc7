/** Two letters for an avatar: the first two characters of a Chinese name, else two words' initials. */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (/^[\u4e00-\u9fff]/.test(trimmed)) return trimmed.slice(0, 2);
  return trimmed
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
