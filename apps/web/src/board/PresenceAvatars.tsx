import { initials } from '../ui/initials';
import { useBoardLive } from '../board-live/board-live-context';

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
