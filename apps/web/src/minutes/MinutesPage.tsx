import type { MinutesView, TaskView } from '@duban/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-client';
import { useDirectory } from '../api/useDirectory';
import { BoardLiveProvider } from '../board-live/BoardLiveProvider';
import { useBoardSnapshot } from '../board-live/useBoardSnapshot';
import { LoadFailed } from '../ui/LoadFailed';
import { localDateTime } from '../ui/relative-time';
import { MinutesDocument } from './MinutesDocument';
import { MinutesProgress } from './MinutesProgress';
import { useMinutes } from './useMinutes';
import './minutes.css';

/**
 * /boards/:boardId/minutes/:minutesId(?task=) — one imported minutes text as a document, each decision that
 * became a task highlighted with that task's status and light under it. The page joins the board live (the
 * same state the board page keeps), so a task changed by anyone updates here at once; `?task=` scrolls to
 * that task's decision and emphasises it.
 */
export function MinutesPage() {
  const { boardId = '', minutesId = '' } = useParams();
  const snapshot = useBoardSnapshot(boardId);
  return (
    <BoardLiveProvider boardId={boardId} enabled={snapshot.isSuccess}>
      <MinutesBody boardId={boardId} minutesId={minutesId} liveTasks={snapshot.data?.tasks} />
    </BoardLiveProvider>
  );
}

function MinutesBody(props: { boardId: string; minutesId: string; liveTasks: TaskView[] | undefined }) {
  const { boardId, minutesId, liveTasks } = props;
  const { t } = useTranslation(['minutes', 'common']);
  const minutes = useMinutes(minutesId);
  const [searchParams] = useSearchParams();
  const currentTaskId = searchParams.get('task');

  const back = (
    <nav className="minutes-nav">
      <Link to={`/boards/${encodeURIComponent(boardId)}`} className="button-secondary">
        ← {t('backToBoard')}
      </Link>
      <Link to={`/boards/${encodeURIComponent(boardId)}/minutes`} className="button-secondary">
        {t('list.heading')}
      </Link>
    </nav>
  );
  if (minutes.isPending) return <p className="muted">{t('common:loading')}</p>;
  if (minutes.isError) {
    const missing = minutes.error instanceof ApiError && minutes.error.status === 404;
    return (
      <section className="minutes-page">
        {back}
        {missing ? (
          <p className="error" role="alert">
            {t('view.notFound')}
          </p>
        ) : (
          <LoadFailed error={minutes.error} onRetry={() => void minutes.refetch()} />
        )}
      </section>
    );
  }
  return (
    <article className="minutes-page" aria-labelledby="minutes-heading">
      {back}
      <MinutesContent
        boardId={boardId}
        minutes={minutes.data}
        liveTasks={liveTasks}
        currentTaskId={currentTaskId}
      />
    </article>
  );
}

interface MinutesContentProps {
  boardId: string;
  minutes: MinutesView;
  liveTasks: TaskView[] | undefined;
  currentTaskId: string | null;
}

function MinutesContent({ boardId, minutes, liveTasks, currentTaskId }: MinutesContentProps) {
  const { t, i18n } = useTranslation('minutes');
  const { userName } = useDirectory();
  const { tasks, deleted } = useDecisionTasks(minutes, liveTasks);
  const documentRef = useRef<HTMLDivElement>(null);
  useScrollToDecision(documentRef, currentTaskId, tasks.length > 0);

  return (
    <>
      <header className="minutes-heading">
        <h1 id="minutes-heading">{minutes.title}</h1>
        <p className="muted">
          {t('view.imported', {
            date: localDateTime(minutes.createdAt, i18n.language),
            name: userName(minutes.createdById),
          })}
        </p>
        <MinutesProgress tasks={tasks.filter((task) => !deleted.has(task.id))} />
      </header>
      <div ref={documentRef}>
        <MinutesDocument
          boardId={boardId}
          text={minutes.text}
          tasks={tasks}
          deletedTaskIds={deleted}
          currentTaskId={currentTaskId}
        />
      </div>
    </>
  );
}

/**
 * The tasks made from these minutes as they are now: the live board's copy when the board has it (it
 * follows every event), the minutes' own copy until the board has loaded; a task the loaded board no
 * longer has was deleted since.
 */
function useDecisionTasks(minutes: MinutesView, liveTasks: TaskView[] | undefined) {
  return useMemo(() => {
    const deleted = new Set<string>();
    if (!liveTasks) return { tasks: minutes.tasks, deleted };
    const live = new Map(liveTasks.map((task) => [task.id, task]));
    const tasks = minutes.tasks.map((task) => {
      const now = live.get(task.id);
      if (!now) deleted.add(task.id);
      // An older event may carry the task without its source: the span is the minutes' to say.
      return now ? { ...now, decisionSource: now.decisionSource ?? task.decisionSource } : task;
    });
    const known = new Set(tasks.map((task) => task.id));
    const later = liveTasks.filter(
      (task) => task.decisionSource?.minutesId === minutes.id && !known.has(task.id),
    );
    return { tasks: [...tasks, ...later], deleted };
  }, [minutes, liveTasks]);
}

/** Once the decisions are on the page, bring `?task=`'s decision into view and focus its task link. */
function useScrollToDecision(
  container: React.RefObject<HTMLDivElement | null>,
  taskId: string | null,
  ready: boolean,
) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    // Task ids are UUIDs; anything else in the address names no decision.
    if (!ready || !taskId || !/^[\w-]+$/.test(taskId) || done.current === taskId || !container.current)
      return;
    const id = taskId;
    const sentence = container.current.querySelector<HTMLElement>(`[data-starts~="${id}"]`);
    const link = container.current.querySelector<HTMLElement>(`[data-task-id="${id}"] a`);
    if (!sentence && !link) return;
    done.current = taskId;
    link?.focus({ preventScroll: true });
    // jsdom (the component specs) has no layout and no scrollIntoView.
    (sentence ?? link)?.scrollIntoView?.({ block: 'center' });
  }, [container, taskId, ready]);
}
