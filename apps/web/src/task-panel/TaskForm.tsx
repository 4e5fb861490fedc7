import {
  isReadOnlyTask,
  statusChangeRefusal,
  type EditableTaskField,
  type TaskStatus,
  type TaskView,
} from '@duban/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardLive } from '../board-live/board-live-context';
import { usePermissions } from '../board-live/usePermissions';
import { useTaskPresence } from '../board-live/useTaskPresence';
import { AssignmentFields } from '../tasks/AssignmentFields';
import { BasicFields } from './BasicFields';
import { ConflictBox } from './ConflictBox';
import { PeopleFields } from './PeopleFields';
import { RectificationFields } from './RectificationFields';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useTaskEditor } from './useTaskEditor';

/** The task's fields: editable as far as the user may, saved together, following live changes. */
export function TaskForm({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'task']);
  const { state } = useBoardLive();
  const { me, online, canEdit, canEditField, canEditAssignment } = usePermissions();
  const formRef = useRef<HTMLFormElement>(null);
  const editor = useTaskEditor(task, formRef);
  const editable = canEdit(task);
  useTaskPresence(task.id, editor.dirty);
  // What the status freezes (the submission under review) for someone who could otherwise change it.
  const frozen = (field: EditableTaskField) => editable && !canEditField(task, field);
  const statusRefused = (status: TaskStatus) => !me || statusChangeRefusal(me, task, status) !== null;

  return (
    <form
      ref={formRef}
      className="task-form"
      noValidate
      aria-label={t('task:panelLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        editor.save((deadline) => window.confirm(t('task:pastDeadline', { deadline })));
      }}
    >
      <UnsavedChangesGuard dirty={editor.dirty} />
      {state === 'offline' && <p className="task-notice">{t('task:offline')}</p>}
      <ReadOnlyNotice task={task} online={online} editable={editable} />
      {editor.changedUnderneath && !editor.conflict && (
        <p className="task-notice task-notice-warning" role="status">
          {t('task:changedMeanwhile')}
        </p>
      )}
      {editor.conflict && (
        <ConflictBox
          conflict={editor.conflict}
          busy={editor.saving}
          onApplyMine={editor.applyMine}
          onKeepTheirs={editor.keepTheirs}
        />
      )}
      <BasicFields editor={editor} disabled={!editable} frozen={frozen} statusRefused={statusRefused} />
      <div className="task-assignment">
        {editable && !canEditAssignment && <p className="muted task-hint">{t('task:assignmentLocked')}</p>}
        <AssignmentFields form={editor.form} layout="panel" disabled={!editable || !canEditAssignment} />
      </div>
      {editor.values.kind === 'rectification' && (
        <RectificationFields
          editor={editor}
          disabled={!editable}
          frozen={frozen}
          officeDisabled={!editable || !canEditAssignment}
          savedLinks={task.evidenceLinks}
        />
      )}
      <PeopleFields editor={editor} disabled={!editable} />
      {editor.apiError && (
        <p className="error" role="alert">
          {editor.apiError}
        </p>
      )}
      {editable && (
        <div className="task-save-bar">
          <button type="submit" disabled={!editor.dirty || editor.saving}>
            {editor.saving ? t('task:saving') : t('save')}
          </button>
          {editor.dirty && (
            <button type="button" className="button-secondary" onClick={editor.discard}>
              {t('task:discard')}
            </button>
          )}
          <span className="muted" role="status">
            {editor.dirty ? t('task:unsaved') : editor.justSaved ? t('task:saved') : ''}
          </span>
        </div>
      )}
    </form>
  );
}

/** Why the fields cannot be changed, or only some of them: closed, under review, or not the user's to edit. */
function ReadOnlyNotice({ task, online, editable }: { task: TaskView; online: boolean; editable: boolean }) {
  const { t } = useTranslation('task');
  if (!online) return null;
  if (isReadOnlyTask(task)) return <p className="task-notice">{t('closedReadOnly')}</p>;
  if (!editable) return <p className="task-notice">{t('readOnly')}</p>;
  if (task.status === 'in_review') return <p className="task-notice">{t('submissionFrozen')}</p>;
  return null;
}
