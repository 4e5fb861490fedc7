import type { ReactNode } from 'react';
import { FieldChangeList } from './FieldChangeList';
import type { HistoryEntry } from './history-entries';
import { useActorName } from './useChangeLookups';
import { useHistorySentence } from './useHistorySentence';
import './history.css';

interface HistoryItemProps {
  entry: HistoryEntry;
  /** Above the sentence: when it happened, and on the board's history, which task. */
  meta: ReactNode;
}

/** One recorded change: who, what ("Li Na changed deadline"), and each field's before → after. */
export function HistoryItem({ entry, meta }: HistoryItemProps) {
  const actorName = useActorName();
  const sentence = useHistorySentence(entry);
  return (
    <li className="history-entry" data-testid="history-entry" data-seq={entry.seq}>
      <div className="history-entry-meta">{meta}</div>
      <p className="history-entry-line" data-testid="history-line">
        <strong className={entry.actorId === null ? 'history-actor history-actor-system' : 'history-actor'}>
          {actorName(entry.actorId)}
        </strong>{' '}
        <span className="history-sentence">{sentence}</span>
      </p>
      <FieldChangeList entry={entry} />
    </li>
  );
}
