import { routes, type TaskView } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import './decision-source.css';

/** The longest excerpt of the decision shown in the panel, in characters. */
const EXCERPT_LENGTH = 140;

/**
 * "From minutes: <title>" for a task made from imported minutes: the decision it came from, in short, and a
 * link to it highlighted in the minutes (`?task=` scrolls there).
 */
export function DecisionSourceLink({ task }: { task: TaskView }) {
  const { t } = useTranslation('minutes');
  const token = useToken();
  const source = task.decisionSource;
  const minutes = useQuery({
    queryKey: queryKeys.minutes(source?.minutesId ?? ''),
    queryFn: () => call(routes.getMinutes, { token, params: { minutesId: source!.minutesId } }),
    enabled: !!source,
    staleTime: 60_000,
    retry: false,
  });
  if (!source) return null;
  const href =
    `/boards/${encodeURIComponent(task.boardId)}/minutes/${encodeURIComponent(source.minutesId)}` +
    `?task=${encodeURIComponent(task.id)}`;
  const label = minutes.data
    ? t('panel.fromMinutes', { title: minutes.data.title })
    : minutes.isError
      ? t('panel.unavailable')
      : t('panel.loading');
  const text = minutes.data?.text;
  return (
    <section className="decision-source" data-testid="decision-source">
      <Link to={href} className="decision-source-link">
        {label}
      </Link>
      {text !== undefined && (
        <blockquote className="decision-source-excerpt">
          {excerpt(text.slice(source.sourceStart, source.sourceEnd))}
        </blockquote>
      )}
    </section>
  );
}

/** Whitespace collapsed, cut by characters (an emoji is one) with "…". */
function excerpt(decision: string): string {
  const characters = Array.from(decision.replace(/\s+/g, ' ').trim());
  if (characters.length <= EXCERPT_LENGTH) return characters.join('');
  return `${characters.slice(0, EXCERPT_LENGTH).join('').trimEnd()}…`;
}
