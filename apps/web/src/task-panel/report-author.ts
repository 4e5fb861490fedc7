/**
 * Who posted a progress report, as the thread shows it: the author's name, then their department in
 * brackets unless the name already says it (department accounts are often named "Ecology and Environment
 * Bureau (Li Na)").
 */
export function reportAuthor(authorName: string, departmentName: string): string {
  if (!departmentName || authorName.includes(departmentName)) return authorName;
  return `${authorName} (${departmentName})`;
}
