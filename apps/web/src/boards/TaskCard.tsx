import type { TaskView } from '@duban/contracts';
import { useLanguage } from '../i18n/useLanguage';

export function TaskCard({ task }: { task: TaskView }) {
  const { messages } = useLanguage();
  return (
    <article className="task-card" data-testid="task-card" data-task-id={task.id}>
      <h3>{task.title}</h3>
      {task.description && <p className="task-description">{task.description}</p>}
      <p className="muted task-meta">
        {messages.progress} {task.progress}%{task.deadline && ` · ${messages.deadline} ${task.deadline}`}
      </p>
    </article>
  );
}
