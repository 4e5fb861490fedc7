import type { FieldChange } from '@duban/contracts';
import {
  excerpt,
  formatFieldChange,
  readsDifferently,
  type ChangeFormatLookups,
} from './field-change-format';

const lookups: ChangeFormatLookups = {
  userName: (id) => ({ 'u-li': 'Li Na', 'u-wang': 'Wang Li' })[id] ?? '?',
  departmentName: (id) => ({ 'd-ecology': 'Ecology Bureau', 'd-industry': 'Industry Bureau' })[id] ?? '?',
  statusLabel: (status) =>
    ({ todo: 'Not started', in_progress: 'In progress', in_review: 'Awaiting verification', done: 'Done' })[
      status
    ],
  kindLabel: (kind) => (kind === 'rectification' ? 'Rectification item' : 'Task'),
  lightLabel: (light) =>
    ({ green: 'On track', yellow: 'Due soon', red: 'Overdue', none: 'No deadline' })[light],
  reminderLevelLabel: (level) => (level === 'leader' ? 'responsible leader' : 'lead department'),
  reportCadenceLabel: (cadence) => cadence,
  days: (count) => `${count} days`,
  dateTime: (at) => `local ${at.slice(0, 16)}`,
  none: 'none',
  listSeparator: ', ',
};

const task = (field: string, before: FieldChange['before'], after: FieldChange['after']): FieldChange => ({
  record: 'task',
  field,
  before,
  after,
});

const texts = (change: FieldChange, mode: 'set' | 'removed' | 'changed' = 'changed') => {
  const shown = formatFieldChange(change, mode, lookups);
  return [shown.before?.text ?? null, shown.after?.text ?? null];
};

describe('formatFieldChange', () => {
  it('names departments and people, and labels statuses, lights and kinds', () => {
    expect(texts(task('leadDepartmentId', 'd-ecology', 'd-industry'))).toEqual([
      'Ecology Bureau',
      'Industry Bureau',
    ]);
    expect(texts(task('cooperatingDepartmentIds', [], ['d-ecology', 'd-industry']))).toEqual([
      'none',
      'Ecology Bureau, Industry Bureau',
    ]);
    expect(texts(task('responsibleLeaderId', null, 'u-li'))).toEqual(['none', 'Li Na']);
    expect(texts(task('verifiedById', null, 'u-wang'))).toEqual(['none', 'Wang Li']);
    expect(texts(task('status', 'todo', 'in_progress'))).toEqual(['Not started', 'In progress']);
    expect(texts(task('light', 'yellow', 'red'))).toEqual(['Due soon', 'Overdue']);
    expect(texts(task('kind', 'task', 'rectification'))).toEqual(['Task', 'Rectification item']);
    expect(texts({ record: 'reminder', field: 'level', before: null, after: 'leader' }, 'set')).toEqual([
      null,
      'responsible leader',
    ]);
  });

  it('shows dates as recorded, instants in local time, percentages and quoted titles', () => {
    expect(texts(task('deadline', '2021-06-30', '2021-07-15'))).toEqual(['2021-06-30', '2021-07-15']);
    expect(texts(task('acknowledgedAt', null, '2021-05-02T08:30:00.000Z'))).toEqual([
      'none',
      'local 2021-05-02T08:30',
    ]);
    expect(texts(task('progress', 20, 40))).toEqual(['20%', '40%']);
    expect(texts(task('title', 'Old', 'New'))).toEqual(['“Old”', '“New”']);
    expect(texts(task('labels', ['ecology'], ['ecology', 'river']))).toEqual(['ecology', 'ecology, river']);
  });

  it('cuts long texts to an excerpt and keeps the whole text for "show all"', () => {
    const measures = `Close the outfalls.\n\n${'Then inspect every site again. '.repeat(10)}`;
    const shown = formatFieldChange(task('measures', '', measures), 'changed', lookups);
    expect(shown.before).toEqual({ text: 'none', excerpt: null });
    expect(shown.after?.text).toBe(measures);
    expect(shown.after?.excerpt).toBe(excerpt(measures));
    expect(shown.after?.excerpt?.endsWith('…')).toBe(true);
    // A short text is shown whole.
    expect(formatFieldChange(task('description', 'a', 'b'), 'changed', lookups).after).toEqual({
      text: 'b',
      excerpt: null,
    });
  });

  it('shows only the side that exists for a created or deleted record', () => {
    const created = formatFieldChange(
      { record: 'comment', field: 'body', before: null, after: 'On it' },
      'set',
      lookups,
    );
    expect(created).toMatchObject({
      labelKey: 'comment.body',
      mode: 'set',
      before: null,
      after: { text: 'On it' },
    });
    const deleted = formatFieldChange(task('title', 'Relocate', null), 'removed', lookups);
    expect(deleted).toMatchObject({ labelKey: 'task.title', before: { text: '“Relocate”' }, after: null });
  });

  it('reads a board’s settings: who may see it, the cadence, numbers of days', () => {
    const board = (field: string, before: FieldChange['before'], after: FieldChange['after']) =>
      texts({ record: 'board', field, before, after });
    expect(board('departmentIds', [], ['d-ecology'])).toEqual(['none', 'Ecology Bureau']);
    expect(board('reportCadence', 'none', 'monthly')).toEqual(['none', 'monthly']);
    expect(board('dueSoonDays', 7, 10)).toEqual(['7 days', '10 days']);
    expect(
      formatFieldChange({ record: 'board', field: 'title', before: 'A', after: 'B' }, 'changed', lookups)
        .labelKey,
    ).toBe('board.title');
  });

  it('leaves out a change that reads the same before and after, such as a time re-set within the minute', () => {
    const reassigned = task('assignedAt', '2031-04-21T09:30:05.000Z', '2031-04-21T09:30:41.000Z');
    const moved = task('assignedAt', '2031-04-21T09:30:05.000Z', '2031-04-22T10:00:00.000Z');

    expect(readsDifferently(formatFieldChange(reassigned, 'changed', lookups))).toBe(false);
    expect(readsDifferently(formatFieldChange(moved, 'changed', lookups))).toBe(true);
    expect(readsDifferently(formatFieldChange(task('title', null, 'x'), 'set', lookups))).toBe(true);
  });

  it('still shows a field this client does not know yet, by its name', () => {
    const shown = formatFieldChange(task('priority', 'low', 'high'), 'changed', lookups);
    expect(shown).toMatchObject({
      labelKey: null,
      field: 'priority',
      before: { text: 'low' },
      after: { text: 'high' },
    });
    // An unknown status value is shown as it is rather than as a wrong label.
    expect(texts(task('status', 'todo', 'archived'))).toEqual(['Not started', 'archived']);
  });
});
