import { rankDepartments, type BoardStatsEntry, type TaskStats } from '@duban/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDirectory } from '../api/useDirectory';
import { useLiveConnection } from '../live/useLiveConnection';
import { formatRate } from './format';
import { useDashboardStats } from './useDashboardStats';
import { useWallOverdueTasks, type WallOverdueTask } from './useWallOverdueTasks';
import { nextWallSlide, wallSecondsOf, wallSlides } from './wall-cycle';
import './wall.css';

/** The totals the wall shows, in this order (keys of StatsTotals; `dashboard:table.*` names them). */
const WALL_TOTALS = ['done', 'inProgress', 'awaitingSignOff', 'inReview', 'dueSoon'] as const;
const RED_LIST_LENGTH = 6;
const OVERDUE_TASKS_LENGTH = 5;

/**
 * /dashboard/wall (大屏模式), for the screen in a leader's office: dark, large type, one board at a time in
 * turn (every `?every=` seconds, 20 by default), then every board's totals, again and again. Each board's
 * totals, red list and overdue figures follow changes live (stats:changed); a clock and a light say it is
 * live. It connects again by itself when the connection drops, even when the server dropped it, and then
 * catches up. Full screen needs a click (browsers allow it only on a user's gesture).
 */
export function WallDisplay() {
  const { t } = useTranslation('dashboard');
  const [search] = useSearchParams();
  const seconds = wallSecondsOf(search.get('every'));
  const all = useDashboardStats(null);
  const boards = all.data?.boards ?? [];
  const slides = wallSlides(boards.map((board) => board.boardId));
  const slidesKey = slides.join(',');
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const current = chosen === undefined || !slides.includes(chosen) ? (slides[0] ?? null) : chosen;
  const shown = useDashboardStats(current);
  const overdueTasks = useWallOverdueTasks(current, OVERDUE_TASKS_LENGTH);
  const connected = useLiveConnection({ reconnectAfterServerDrop: true });

  useEffect(() => {
    const timer = setTimeout(
      () => setChosen(nextWallSlide(slidesKey.split(',').map(orAll), current)),
      seconds * 1000,
    );
    return () => clearTimeout(timer);
  }, [current, slidesKey, seconds]);

  const board = current === null ? null : boards.find((entry) => entry.boardId === current);
  const title = current === null ? t('wall.allBoards') : (board?.title ?? '…');
  const stats = shown.data;
  return (
    <div className="wall" data-testid="wall" data-slide={current ?? 'all'} aria-labelledby="wall-title">
      <header className="wall-header">
        <div className="wall-heading">
          <h1 id="wall-title">{title}</h1>
          <p className="wall-slide">
            {t('wall.slide', { index: slides.indexOf(current) + 1, count: slides.length })}
          </p>
        </div>
        <WallClock />
        <p
          className={connected ? 'wall-connection live' : 'wall-connection'}
          data-testid="wall-connection"
          data-state={connected ? 'live' : 'offline'}
        >
          <span className="wall-light" aria-hidden="true" />
          {connected ? t('wall.live') : t('wall.offline')}
        </p>
        <FullScreenButton />
      </header>
      {stats ? (
        <WallFigures stats={stats} boards={current === null ? boards : null} overdueTasks={overdueTasks} />
      ) : (
        <p className="wall-loading">{t('wall.loading')}</p>
      )}
      <footer className="wall-footer">
        <ol className="wall-dots" aria-hidden="true">
          {slides.map((slide) => (
            <li key={slide ?? 'all'} className={slide === current ? 'current' : undefined} />
          ))}
        </ol>
        <Link to="/dashboard" className="wall-exit">
          {t('wall.exit')}
        </Link>
      </footer>
    </div>
  );
}

const orAll = (id: string) => (id === '' ? null : id);

/**
 * Totals, the red list and the overdue figures of the shown board (its most overdue tasks), or of all boards
 * (each board's overdue count).
 */
function WallFigures({
  stats,
  boards,
  overdueTasks,
}: {
  stats: TaskStats;
  boards: BoardStatsEntry[] | null;
  overdueTasks: WallOverdueTask[];
}) {
  const { t, i18n } = useTranslation('dashboard');
  const { departmentName } = useDirectory();
  const red = rankDepartments(stats.departments).red.slice(0, RED_LIST_LENGTH);
  const furthest = Math.max(0, ...stats.departments.map((department) => department.furthestOverdueDays ?? 0));
  return (
    <div className="wall-body">
      <dl className="wall-totals">
        <div className="wall-tile" data-figure="tasks">
          <dt>{t('totals.tasks')}</dt>
          <dd>{stats.totals.tasks}</dd>
        </div>
        {WALL_TOTALS.map((figure) => (
          <div key={figure} className="wall-tile" data-figure={figure}>
            <dt>{t(`table.${figure}`)}</dt>
            <dd>{stats.totals[figure]}</dd>
          </div>
        ))}
        <div className="wall-tile" data-figure="onTimeRate">
          <dt>{t('table.onTimeRate')}</dt>
          <dd>{formatRate(stats.totals.onTimeRate, i18n.language)}</dd>
        </div>
      </dl>
      <section className="wall-overdue" aria-labelledby="wall-overdue-heading">
        <h2 id="wall-overdue-heading">{t('wall.overdue')}</h2>
        <p className={stats.totals.overdue > 0 ? 'wall-big alarm' : 'wall-big'} data-testid="wall-overdue">
          {stats.totals.overdue}
        </p>
        {stats.totals.overdue > 0 && (
          <p className="wall-furthest">{t('wall.furthest', { count: furthest })}</p>
        )}
        {!boards && overdueTasks.length > 0 && (
          <ol className="wall-tasks" data-testid="wall-overdue-tasks">
            {overdueTasks.map(({ task, days }) => (
              <li key={task.id}>
                <span className="wall-name">{task.title}</span>
                <span className="wall-muted">
                  <span className="alarm">{t('waiting.overdueDays', { count: days })}</span>
                  {task.leadDepartmentId && ` · ${departmentName(task.leadDepartmentId)}`}
                </span>
              </li>
            ))}
          </ol>
        )}
        {boards && (
          <ul className="wall-boards">
            {boards
              .filter((entry) => entry.totals.overdue > 0)
              .sort((a, b) => b.totals.overdue - a.totals.overdue)
              .slice(0, RED_LIST_LENGTH)
              .map((entry) => (
                <li key={entry.boardId}>
                  <span className="wall-name">{entry.title}</span>
                  <span className="alarm">{entry.totals.overdue}</span>
                </li>
              ))}
          </ul>
        )}
      </section>
      <section className="wall-red" aria-labelledby="wall-red-heading" data-testid="wall-red">
        <h2 id="wall-red-heading">{t('wall.redList')}</h2>
        {red.length === 0 ? (
          <p className="wall-calm">{t('wall.noRed')}</p>
        ) : (
          <ol>
            {red.map((department) => (
              <li key={department.departmentId}>
                <span className="wall-name">{department.name}</span>
                <span className="alarm">{t('ranking.overdueCount', { count: department.overdue })}</span>
                <span className="wall-muted">
                  {t('table.furthest', { count: department.furthestOverdueDays ?? 0 })}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** The time (and date) in the viewer's language, every second. */
function WallClock() {
  const { i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="wall-clock" data-testid="wall-clock">
      <time dateTime={now.toISOString()}>
        {now.toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
      </time>
      <span className="wall-date">{now.toLocaleDateString(i18n.language, { dateStyle: 'full' })}</span>
    </p>
  );
}

/** Full screen on a click (the Fullscreen API needs a user's gesture); hidden while full screen. */
function FullScreenButton() {
  const { t } = useTranslation('dashboard');
  const [full, setFull] = useState(
    () => document.fullscreenElement !== null && document.fullscreenElement !== undefined,
  );
  useEffect(() => {
    const onChange = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (full || typeof document.documentElement.requestFullscreen !== 'function') return null;
  return (
    <button
      type="button"
      className="wall-button"
      onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
    >
      {t('wall.fullScreen')}
    </button>
  );
}
