import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { localDateTime, relativeTime } from '../ui/relative-time';
import { supervisionFacts, type SupervisionFact } from './supervision-status';
import { useNow } from '../ui/useNow';

type Translate = ReturnType<typeof useTranslation<['common', 'task']>>['t'];

/** The task's supervision facts in words; announced politely as they change live. */
export function SupervisionFacts({ task }: { task: TaskView }) {
  const { t, i18n } = useTranslation(['common', 'task']);
  const { userName, departmentName } = useDirectory();
  const now = useNow();
  const words = {
    t,
    userName,
    departmentName,
    ago: (at: string) => relativeTime(at, now, i18n.language),
    date: (at: string) => localDateTime(at, i18n.language),
  };
  return (
    <ul className="supervision-facts" aria-live="polite">
      {supervisionFacts(task).map((fact) => (
        <li key={fact.kind} className={`supervision-fact supervision-fact-${fact.kind}`}>
          {describe(fact, words)}
        </li>
      ))}
    </ul>
  );
}

interface Words {
  t: Translate;
  userName: (userId: string | null) => string;
  departmentName: (departmentId: string | null) => string;
  ago: (at: string) => string;
  date: (at: string) => string;
}

function describe(fact: SupervisionFact, words: Words): string {
  const { t, userName, departmentName, ago, date } = words;
  switch (fact.kind) {
    case 'unassigned':
      return t('task:supervision.unassigned');
    case 'awaitingSignOff': {
      const department = departmentName(fact.departmentId);
      return fact.since
        ? t('task:supervision.awaitingSignOffSince', { department, since: ago(fact.since) })
        : t('task:supervision.awaitingSignOff', { department });
    }
    case 'signedFor':
      // Sign-offs recorded before the signer was kept have no name to show.
      return fact.byId
        ? t('task:supervision.signedFor', { name: userName(fact.byId), date: date(fact.at) })
        : t('task:supervision.signedForOn', { date: date(fact.at) });
    case 'returned':
      return t('task:supervision.returned', { count: fact.count, reason: fact.reason });
    case 'reopened':
      return t('task:supervision.reopened', { reason: fact.reason });
    case 'awaitingVerification':
      return fact.since
        ? t('task:supervision.awaitingVerificationSince', { since: ago(fact.since) })
        : t('task:supervision.awaitingVerification');
    case 'verified':
      return describeVerified(fact, words);
  }
}

function describeVerified(
  fact: Extract<SupervisionFact, { kind: 'verified' }>,
  { t, userName, date }: Words,
): string {
  const values = { name: userName(fact.byId), note: fact.note, date: date(fact.at) };
  if (fact.byId) {
    return fact.note
      ? t('task:supervision.verified', values)
      : t('task:supervision.verifiedWithoutNote', values);
  }
  return fact.note
    ? t('task:supervision.verifiedOn', values)
    : t('task:supervision.verifiedOnWithoutNote', values);
}
