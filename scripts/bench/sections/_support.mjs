// Helpers shared by the sections (a file starting with "_" is not a section: index.mjs skips it).

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(values, fraction) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/**
 * `count` open tasks on the board through the API (50 at a time), each with `fields` of its index;
 * @returns the created tasks (id, version, title, …)
 */
export async function createOwnTasks(url, token, boardId, count, fields = () => ({})) {
  const created = [];
  for (let start = 0; start < count; start += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - start) }, async (_, offset) => {
        const index = start + offset;
        const response = await fetch(`${url}/api/boards/${boardId}/tasks`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ title: `Bench task ${index}`, ...fields(index) }),
        });
        if (!response.ok)
          throw new Error(`POST /boards/${boardId}/tasks: ${response.status} ${await response.text()}`);
        return response.json();
      }),
    );
    created.push(...batch);
  }
  return created;
}
