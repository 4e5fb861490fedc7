import {
  daysBetween,
  MAX_BULLETIN_DAYS,
  routes,
  SIGN_OFF_WAIT_YELLOW_DAYS,
  type Bulletin,
  type BulletinQuery,
  type DepartmentStats,
  type RankingList,
  type UiLanguage,
} from '@duban/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, call, downloadFile } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { runningHeaderCss } from './running-header';
import { usePageRule } from './usePageRule';
import './bulletin.css';

const LISTS: RankingList[] = ['red', 'yellow', 'green'];

/** The browser's IANA zone: the period's days and "today" are the reader's. */
function viewerTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

/** A calendar date in the language's long style ("March 31, 2026", "2026年3月31日"). */
function formatDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A rate (0…1) as a whole percentage; null (nothing counts yet) as a dash, like the dashboard. */
function formatRate(rate: number | null, language: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

function formatTime(instant: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );
}

/**
 * /boards/:boardId/circular?from=&to=: the supervision bulletin (督办通报) as a document an office hands
 * upward: title, period, a summary paragraph, the departments' table, the red/yellow/green lists, overdue
 * items, items closed in the period and leader instructions. Print (window.print, with its own print CSS:
 * no app header or controls, A4, a running header with the board and period) or download it as Excel.
 */
export function BulletinPage() {
  const { t, i18n } = useTranslation(['bulletin', 'dashboard']);
  const { boardId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const token = useToken();
  const period = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const query: BulletinQuery = {
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
    ...(viewerTimeZone() ? { tz: viewerTimeZone() } : {}),
  };
  const bulletin = useQuery({
    queryKey: ['bulletin', boardId, query.from ?? '', query.to ?? '', query.tz ?? ''],
    queryFn: () => call(routes.boardBulletin, { token, params: { boardId }, query }),
    retry: false,
  });
  const language: UiLanguage = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const download = useMutation({
    mutationFn: () =>
      downloadFile(routes.boardBulletinXlsx, {
        token,
        params: { boardId },
        query: { ...query, lang: language },
      }),
  });
  const data = bulletin.data;
  usePageRule(
    data
      ? runningHeaderCss(
          t('runningHeader', {
            title: data.board.title,
            from: formatDay(data.period.from, language),
            to: formatDay(data.period.to, language),
          }),
          t('page'),
        )
      : null,
  );

  return (
    <article className="bulletin-page" aria-labelledby="bulletin-heading">
      <PeriodControls
        // A new period shown starts the picker from it.
        key={data ? `${data.period.from}/${data.period.to}` : 'pending'}
        boardId={boardId}
        shown={data?.period ?? null}
        onShow={(from, to) => setParams({ from, to })}
        onThisMonth={() => setParams({})}
        onDownload={() => download.mutate()}
        downloading={download.isPending}
      />
      {download.isError && (
        <p className="error" role="alert">{`${t('controls.failed')}: ${download.error.message}`}</p>
      )}
      {bulletin.isPending && <p className="muted">{t('loading')}</p>}
      {bulletin.isError && <BulletinError error={bulletin.error} />}
      {data && <BulletinDocument bulletin={data} />}
    </article>
  );
}

function BulletinError({ error }: { error: Error }) {
  const { t } = useTranslation(['bulletin', 'dashboard']);
  if (error instanceof ApiError && error.status === 404) {
    return (
      <p className="error" role="alert">
        {t('dashboard:notFound')}
      </p>
    );
  }
  if (error instanceof ApiError && error.status === 400) {
    const detail = error.details.map((field) => `${field.field}: ${field.message}`).join('; ');
    return (
      <p className="error" role="alert">
        {t('badPeriod', { message: detail || error.message })}
      </p>
    );
  }
  return (
    <p className="error" role="alert">
      {t('failed')}
    </p>
  );
}

interface PeriodControlsProps {
  boardId: string;
  shown: { from: string; to: string } | null;
  onShow: (from: string, to: string) => void;
  onThisMonth: () => void;
  onDownload: () => void;
  downloading: boolean;
}

/** The from–to picker, Print and Download Excel: on screen only (hidden in print). */
function PeriodControls({
  boardId,
  shown,
  onShow,
  onThisMonth,
  onDownload,
  downloading,
}: PeriodControlsProps) {
  const { t } = useTranslation(['bulletin', 'dashboard']);
  const [from, setFrom] = useState(shown?.from ?? '');
  const [to, setTo] = useState(shown?.to ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return;
    // Said here in the reader's language; the API would refuse the same (400 naming `to`).
    if (to < from) return setProblem(t('controls.reversed'));
    if (daysBetween(from, to) + 1 > MAX_BULLETIN_DAYS) return setProblem(t('controls.tooLong'));
    setProblem(null);
    onShow(from, to);
  };
  return (
    <form className="bulletin-controls" aria-label={t('controls.label')} onSubmit={submit}>
      <Link to={`/boards/${boardId}/dashboard`} className="button-secondary">
        ← {t('dashboard:boardLink')}
      </Link>
      <label>
        {t('controls.from')}
        <input type="date" value={from} required onChange={(event) => setFrom(event.target.value)} />
      </label>
      <label>
        {t('controls.to')}
        <input type="date" value={to} required onChange={(event) => setTo(event.target.value)} />
      </label>
      <button type="submit">{t('controls.show')}</button>
      {problem && (
        <span className="error bulletin-problem" role="alert">
          {problem}
        </span>
      )}
      <button type="button" className="button-secondary" onClick={onThisMonth}>
        {t('controls.thisMonth')}
      </button>
      <span className="bulletin-actions">
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t('controls.print')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={downloading}
          aria-busy={downloading}
          onClick={onDownload}
        >
          {downloading ? t('controls.preparing') : t('controls.download')}
        </button>
      </span>
    </form>
  );
}

function BulletinDocument({ bulletin }: { bulletin: Bulletin }) {
  const { t, i18n } = useTranslation(['bulletin', 'dashboard']);
  const language = i18n.language;
  const day = (date: string) => formatDay(date, language);
  const rate = (value: number | null) => formatRate(value, language);
  const { totals, summary } = bulletin;
  const asOf = formatTime(bulletin.asOf, language, bulletin.timeZone);
  // Chinese sentences follow one another without a space.
  const sentenceGap = language === 'zh-CN' ? '' : ' ';
  return (
    <div className="bulletin-document">
      <header className="bulletin-head">
        <h1 id="bulletin-heading">{t('title', { title: bulletin.board.title })}</h1>
        <p className="bulletin-period">
          {t('period', { from: day(bulletin.period.from), to: day(bulletin.period.to) })}
        </p>
        <p className="muted bulletin-as-of">{t('asOf', { time: asOf, zone: bulletin.timeZone })}</p>
      </header>

      <Section id="summary" heading={t('sections.summary')}>
        <p className="bulletin-summary">
          {t('summary.period', {
            from: day(bulletin.period.from),
            to: day(bulletin.period.to),
            closed: summary.closedInPeriod,
            onTime: summary.closedOnTimeInPeriod,
            created: summary.createdInPeriod,
          })}
          {sentenceGap}
          {t('summary.instructions', { count: summary.instructions, answered: summary.instructionsAnswered })}
        </p>
        <p className="bulletin-summary">
          {bulletin.atPeriodEnd && (
            <>
              {t('summary.atPeriodEnd', { ...bulletin.atPeriodEnd, date: day(bulletin.atPeriodEnd.date) })}
              {sentenceGap}
            </>
          )}
          {t('summary.state', { asOf, ...totals })}
          {sentenceGap}
          {t('summary.rates', {
            onTimeRate: rate(totals.onTimeRate),
            signOffRate: rate(totals.signOffRate),
            reportsMissing: totals.reportsMissing,
          })}
        </p>
      </Section>

      <Section id="departments" heading={t('sections.departments')}>
        <DepartmentsTable departments={bulletin.departments} />
      </Section>

      <Section id="ranking" heading={t('sections.ranking')}>
        <Ranking bulletin={bulletin} />
      </Section>

      <Section id="overdue" heading={t('sections.overdue')} pageBreak>
        {bulletin.overdue.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <Table
            headers={[
              t('columns.number'),
              t('columns.title'),
              t('columns.leadDepartment'),
              t('columns.responsibleLeader'),
              t('columns.deadline'),
              t('columns.daysOverdue'),
            ]}
            numeric={[0, 5]}
            rows={bulletin.overdue.map((task, index) => [
              index + 1,
              task.title,
              task.leadDepartment?.name ?? '—',
              task.responsibleLeader?.name ?? '—',
              day(task.deadline),
              task.daysOverdue,
            ])}
          />
        )}
      </Section>

      <Section id="closed" heading={t('sections.closed')} pageBreak>
        {bulletin.closed.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <Table
            headers={[
              t('columns.number'),
              t('columns.title'),
              t('columns.leadDepartment'),
              t('columns.deadline'),
              t('columns.closedOn'),
              t('columns.onTime'),
            ]}
            numeric={[0]}
            rows={bulletin.closed.map((task, index) => [
              index + 1,
              task.title,
              task.leadDepartment?.name ?? '—',
              task.deadline ? day(task.deadline) : '—',
              day(task.closedOn),
              task.onTime === null ? '—' : task.onTime ? t('yes') : t('no'),
            ])}
          />
        )}
      </Section>

      <Section id="instructions" heading={t('sections.instructions')} pageBreak>
        <Instructions bulletin={bulletin} />
      </Section>
    </div>
  );
}

function Section({
  id,
  heading,
  pageBreak = false,
  children,
}: {
  id: string;
  heading: string;
  pageBreak?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={`bulletin-section${pageBreak ? ' bulletin-page-break' : ''}`}
      aria-labelledby={`bulletin-${id}`}
      data-section={id}
    >
      <h2 id={`bulletin-${id}`}>{heading}</h2>
      {children}
    </section>
  );
}

/** A document table: headers repeat on every printed page, rows never cut across pages. */
function Table({
  headers,
  rows,
  numeric = [],
}: {
  headers: string[];
  rows: (string | number)[][];
  numeric?: number[];
}) {
  return (
    <div className="bulletin-table-frame">
      <table className="bulletin-table">
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className={numeric.includes(index) ? 'numeric' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) => (
                <td key={index} className={numeric.includes(index) ? 'numeric' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DepartmentsTable({ departments }: { departments: DepartmentStats[] }) {
  const { t, i18n } = useTranslation(['bulletin', 'dashboard']);
  const led = departments.filter((entry) => entry.led > 0);
  if (led.length === 0) return <p>{t('none')}</p>;
  const rate = (value: number | null) => formatRate(value, i18n.language);
  return (
    <Table
      headers={[
        t('dashboard:table.department'),
        t('dashboard:table.led'),
        t('dashboard:table.done'),
        t('dashboard:table.inProgress'),
        t('dashboard:table.inReview'),
        t('dashboard:table.awaitingSignOff'),
        t('dashboard:table.overdue'),
        t('dashboard:table.onTimeRate'),
        t('dashboard:table.signOffRate'),
        t('dashboard:table.reportsMissing'),
      ]}
      numeric={[1, 2, 3, 4, 5, 6, 7, 8, 9]}
      rows={led.map((entry) => [
        entry.name,
        entry.led,
        entry.done,
        entry.inProgress,
        entry.inReview,
        entry.awaitingSignOff,
        entry.overdue,
        rate(entry.onTimeRate),
        rate(entry.signOffRate),
        entry.reportsMissing,
      ])}
    />
  );
}

/** The red, yellow and green lists in the API's order, each with its rule, as the office publishes them. */
function Ranking({ bulletin }: { bulletin: Bulletin }) {
  const { t, i18n } = useTranslation(['bulletin', 'dashboard']);
  const byId = new Map(bulletin.departments.map((entry) => [entry.departmentId, entry]));
  const rules = {
    red: t('dashboard:ranking.redRule'),
    yellow: t('dashboard:ranking.yellowRule', { days: SIGN_OFF_WAIT_YELLOW_DAYS }),
    green: t('dashboard:ranking.greenRule'),
  };
  const reason = (list: RankingList, entry: DepartmentStats) => {
    const onTime = t('dashboard:ranking.onTime', { rate: formatRate(entry.onTimeRate, i18n.language) });
    const comma = i18n.language === 'zh-CN' ? '，' : ', ';
    if (list === 'red')
      return `${t('dashboard:ranking.overdueCount', { count: entry.overdue })}${comma}${onTime}`;
    if (list === 'yellow') return onTime;
    return t('dashboard:ranking.doneCount', { count: entry.done });
  };
  return (
    <div className="bulletin-rankings">
      {LISTS.map((list) => (
        <div key={list} className={`bulletin-ranking ranking-${list}`} data-ranking={list}>
          <h3>{t(`dashboard:ranking.${list}`)}</h3>
          {bulletin.ranking[list].length === 0 ? (
            <p>{t('dashboard:ranking.empty')}</p>
          ) : (
            <ol>
              {bulletin.ranking[list].flatMap((id) => {
                const entry = byId.get(id);
                return entry
                  ? [
                      <li key={id}>
                        <strong>{entry.name}</strong>
                        {i18n.language === 'zh-CN'
                          ? `（${reason(list, entry)}）`
                          : ` (${reason(list, entry)})`}
                      </li>,
                    ]
                  : [];
              })}
            </ol>
          )}
          <p className="muted bulletin-rule">{rules[list]}</p>
        </div>
      ))}
    </div>
  );
}

function Instructions({ bulletin }: { bulletin: Bulletin }) {
  const { t, i18n } = useTranslation('bulletin');
  if (bulletin.instructions.length === 0) return <p>{t('none')}</p>;
  const time = (instant: string) => formatTime(instant, i18n.language, bulletin.timeZone);
  return (
    <Table
      headers={[
        t('columns.number'),
        t('columns.title'),
        t('columns.leader'),
        t('columns.instruction'),
        t('columns.givenAt'),
        t('columns.response'),
      ]}
      numeric={[0]}
      rows={bulletin.instructions.map((entry, index) => [
        index + 1,
        entry.taskTitle,
        entry.leaderName,
        entry.body,
        time(entry.givenAt),
        entry.response
          ? `${t('answeredBy', { name: entry.response.authorName, time: time(entry.response.at) })} ${entry.response.body}`
          : t('awaiting', { days: entry.waitingDays }),
      ])}
    />
  );
}
