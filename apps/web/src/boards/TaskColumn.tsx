import type { TaskStatus, TaskView } from '@duban/contracts';
import { useLanguage } from '../i18n/useLanguage';
import { TaskCard } from './TaskCard';

export function TaskColumn({ status, tasks }: { status: TaskStatus; tasks: TaskView[] }) {
  const { messages } = useLanguage();
  const headingId = `column-${status}`;
  return (
    <section className="task-column" aria-labelledby={headingId} data-testid={`column-${status}`}>
      <h2 id={headingId}>
        {messages.status[status]} <span className="count">{tasks.length}</span>
      </h2>
      {tasks.length === 0 && <p className="muted">{messages.emptyColumn}</p>}
      {tasks.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
    </section>
  );
}
