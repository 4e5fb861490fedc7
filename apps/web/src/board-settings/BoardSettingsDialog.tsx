import type { BoardView } from '@duban/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board/useCanEdit';
import { BoardDetailsFields } from './BoardDetailsFields';
import { SettingsProblemMessage } from './SettingsProblemMessage';
import { SupervisionRulesFields } from './SupervisionRulesFields';
import { useBoardSettingsForm } from './useBoardSettingsForm';

/**
 * 台账设置 in a native modal <dialog> (as the create-task dialog): the browser keeps focus inside it, makes
 * the page behind inert and closes it on Escape.
 */
export function BoardSettingsDialog({ board, onClose }: { board: BoardView; onClose: () => void }) {
  const { t } = useTranslation(['common', 'boardSettings']);
  const { online } = usePermissions();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  // After the errors render, take the user to the first field to fix.
  const form = useBoardSettingsForm(board, onClose, () =>
    requestAnimationFrame(() => focusFirstProblem(formRef.current)),
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    // No close() on cleanup: removing the element ends the modal state, and a close event would reach onClose.
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal() focuses the first focusable element (the close button); the title is where to start.
    dialog.querySelector<HTMLElement>('input')?.focus();
  }, []);

  return (
    <dialog ref={dialogRef} className="board-settings-dialog" aria-labelledby={headingId} onClose={onClose}>
      <form ref={formRef} noValidate onSubmit={form.submit} data-testid="board-settings-form">
        <header className="board-settings-header">
          <h2 id={headingId}>{t('boardSettings:heading')}</h2>
          <button type="button" className="button-secondary" onClick={onClose} aria-label={t('close')}>
            ×
          </button>
        </header>
        <BoardDetailsFields values={form.values} problems={form.problems} onChange={form.change} />
        <SupervisionRulesFields values={form.values} problems={form.problems} onChange={form.change} />
        {form.problems.form && (
          <p className="board-settings-problem" role="alert">
            <SettingsProblemMessage problem={form.problems.form} />
          </p>
        )}
        {!online && <p className="muted">{t('boardSettings:offline')}</p>}
        <footer className="board-settings-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" disabled={form.pending || !online}>
            {form.pending ? t('boardSettings:saving') : t('boardSettings:save')}
          </button>
        </footer>
      </form>
    </dialog>
  );
}

function focusFirstProblem(form: HTMLFormElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  // A fieldset of checkboxes cannot take focus itself: its first box does.
  const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
  target?.focus();
}
