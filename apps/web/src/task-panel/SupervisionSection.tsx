import type { TaskView } from '@duban/contracts';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SupervisionFacts } from './SupervisionFacts';
import { SendReminder } from './SendReminder';
import { WorkflowActions } from './WorkflowActions';
import './supervision.css';

/** Where the task stands in the supervision lifecycle, and the steps the user may take on it now. */
export function SupervisionSection({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'task']);
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  return (
    <section
      ref={sectionRef}
      className="supervision"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="supervision"
    >
      <h3 id={headingId} className="supervision-title">
        {t('task:supervision.title')}
      </h3>
      <SupervisionFacts task={task} />
      {/* The step's button goes away once taken: keep keyboard focus in the section rather than lose it. */}
      <WorkflowActions task={task} onDone={() => sectionRef.current?.focus()} />
      <SendReminder task={task} />
    </section>
  );
}
