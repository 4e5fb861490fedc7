import type { BoardView } from '@duban/contracts';
import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { useArchiveBoard } from './useArchiveBoard';

/** The confirmation before archiving: what archiving does, then Cancel or Archive. */
export function ArchiveBoardDialog({ board, onClose }: { board: BoardView; onClose: () => void }) {
  const { t } = useTranslation('boards');
  const formRef = useRef<HTMLFormElement>(null);
  const archiving = useArchiveBoard(board.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    archiving.archive({ onSuccess: onClose });
  };

  return (
    <FormDialog
      heading={t('archive.heading')}
      testId="archive-board-form"
      formRef={formRef}
      form={{ submit, pending: archiving.pending }}
      onClose={onClose}
      submitLabels={{ idle: t('archive.confirm'), pending: t('archive.archiving') }}
      formProblem={archiving.problem}
    >
      <div className="archive-board-confirmation">
        <p className="archive-board-title">{board.title}</p>
        <p>{t('archive.explain')}</p>
      </div>
    </FormDialog>
  );
}
