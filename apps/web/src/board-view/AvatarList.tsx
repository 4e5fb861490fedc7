import { initials } from '../ui/initials';

interface AvatarListProps {
  names: readonly string[];
  /** Names the list for screen readers (e.g. "Assignees"). */
  label: string;
  /** How many avatars to show before "+N". */
  max?: number;
  /** "Six more" for the overflow, in words. */
  moreLabel?: (count: number) => string;
  className?: string;
}

/** Small initials avatars; the full names are in each avatar's tooltip and in text for screen readers. */
export function AvatarList({ names, label, max = 3, moreLabel, className = '' }: AvatarListProps) {
  const shown = names.slice(0, max);
  const hidden = names.slice(max);
  return (
    <ul className={`card-avatars ${className}`} aria-label={label}>
      {shown.map((name, index) => (
        <li key={`${name}-${index}`} className="card-avatar" title={name}>
          <span aria-hidden="true">{initials(name)}</span>
          <span className="sr-only">{name}</span>
        </li>
      ))}
      {hidden.length > 0 && (
        <li className="card-avatar card-avatar-more" title={hidden.join(', ')}>
          <span aria-hidden="true">+{hidden.length}</span>
          <span className="sr-only">{moreLabel ? moreLabel(hidden.length) : hidden.join(', ')}</span>
        </li>
      )}
    </ul>
  );
}
