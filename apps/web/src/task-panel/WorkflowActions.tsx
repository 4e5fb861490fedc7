import type { TaskView } from '@duban/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { useMoveInFlight } from '../tasks/useTaskMutations';
import { useWorkflowAction } from './useWorkflowAction';
import { WorkflowActionForm } from './WorkflowActionForm';
import {
  needsText,
  offeredActions,
  submitNeedsMeasures,
  type TextAction,
  type WorkflowAction,
} from './workflow-actions';

/**
 * The supervision steps the signed-in user may take now, by the same rules the API enforces (nothing
 * while offline). Acknowledging is one click; the others open a short form for their text.
 */
export function WorkflowActions({ task, onDone }: { task: TaskView; onDone: () => void }) {
  const { t } = useTranslation(['common', 'task']);
  const { me, online } = usePermissions();
  const workflow = useWorkflowAction();
  // A step waits for the user's own drag of this card to reach the server, so it carries the new version
  // (a step with a text can be opened and typed meanwhile; only sending waits).
  const settling = useMoveInFlight(task.id);
  const [chosen, setChosen] = useState<TextAction | null>(null);
  const offered = online ? offeredActions(me, task) : [];
  // A live change (someone else verified it meanwhile) can take the chosen step away.
  const open = chosen !== null && offered.includes(chosen) ? chosen : null;

  const take = (action: WorkflowAction, text = '') => {
    workflow.mutate(
      { action, task, text },
      {
        onSuccess: () => {
          setChosen(null);
          onDone();
        },
      },
    );
  };
  const choose = (action: WorkflowAction) => {
    workflow.reset();
    if (needsText(action)) setChosen(action);
    else take(action);
  };

  return (
    <>
      {me && open && (
        <WorkflowActionForm
          action={open}
          task={task}
          actor={me}
          busy={workflow.isPending}
          settling={settling}
          onConfirm={(text) => take(open, text)}
          onCancel={() => setChosen(null)}
        />
      )}
      {!open && offered.length > 0 && (
        <div className="supervision-actions" role="group" aria-label={t('task:supervision.actionsLabel')}>
          {offered.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'return' || action === 'reopen' ? 'button-secondary' : undefined}
              disabled={workflow.isPending || (settling && !needsText(action))}
              onClick={() => choose(action)}
            >
              {t(`task:supervision.action.${action}`)}
            </button>
          ))}
        </div>
      )}
      {online && submitNeedsMeasures(me, task) && (
        <p className="muted supervision-hint">{t('task:supervision.needsMeasures')}</p>
      )}
      {workflow.error && (
        <p className="error supervision-error" role="alert">
          {t('task:supervision.refused', { message: workflow.error.message })}
        </p>
      )}
    </>
  );
}
