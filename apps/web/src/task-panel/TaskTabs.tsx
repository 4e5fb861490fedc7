import type { TaskView } from '@duban/contracts';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TaskFiles } from '../attachments';
import { CommentsThread } from './CommentsThread';
import { HistoryList } from './HistoryList';
import { ReportsThread } from './ReportsThread';
import './task-tabs.css';

const TABS = ['comments', 'reports', 'files', 'history'] as const;
type Tab = (typeof TABS)[number];

/** Comments, reports, files and history under the form, as tabs (arrow keys move between them, as ARIA tabs do). */
export function TaskTabs({ task }: { task: TaskView }) {
  const { t } = useTranslation('task');
  const id = useId();
  const [active, setActive] = useState<Tab>('comments');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const tabLabel = (tab: Tab) => {
    if (tab === 'comments') return t('tabs.comments', { count: task.commentCount });
    // Absent in events recorded before files existed.
    if (tab === 'files') return t('tabs.files', { count: task.attachmentCount ?? 0 });
    return t(`tabs.${tab}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1;
    const next = TABS[(TABS.indexOf(active) + step) % TABS.length]!;
    setActive(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="task-tabs">
      <div role="tablist" aria-label={t('tabs.label')} className="task-tablist" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}-tab`}
            aria-selected={active === tab}
            aria-controls={`${id}-${tab}-panel`}
            tabIndex={active === tab ? 0 : -1}
            className="task-tab"
            onClick={() => setActive(tab)}
          >
            {tabLabel(tab)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${active}-panel`}
        aria-labelledby={`${id}-${active}-tab`}
        className="task-tabpanel"
      >
        {active === 'comments' && <CommentsThread task={task} />}
        {active === 'reports' && <ReportsThread task={task} />}
        {active === 'files' && <TaskFiles task={task} />}
        {active === 'history' && <HistoryList taskId={task.id} />}
      </div>
    </section>
  );
}
