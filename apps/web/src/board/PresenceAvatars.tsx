import { useBoardLive } from './board-live-context';

/** Who is on the board right now; a ring marks someone editing a task. */
export function PresenceAvatars() {
  const { viewers } = useBoardLive();
  return (
    <ul className="presence" aria-label="Online" data-testid="presence">
      {viewers.map((viewer) => (
        <li
          key={viewer.userId}
          className={viewer.editingTaskId ? 'avatar avatar-editing' : 'avatar'}
          title={viewer.displayName}
        >
          {initials(viewer.displayName)}
        </li>
      ))}
    </ul>
  );
}

export function initials(name: string): string {
  const trimmed = name.trim();
  if (/^[\u4e00-\u9fff]/.test(trimmed)) return trimmed.slice(0, 2);
  return trimmed
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
