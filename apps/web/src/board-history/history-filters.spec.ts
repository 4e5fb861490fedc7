import { HISTORY_CATEGORIES } from '@duban/contracts';
import { aComment, aCommentEvent, aReminder, aReminderEvent, aTask, aTaskEvent } from '../testing/factories';
import {
  hasHistoryFilters,
  historyRequestParams,
  isBackwardRange,
  isCalendarDay,
  matchesHistoryFilters,
  NO_HISTORY_FILTERS,
  parseHistoryFilters,
  startOfDayInstant,
  writeHistoryFilters,
  type HistoryFilters,
} from './history-filters';

const USER = '7d0f3a52-5c3e-4c1a-9b7e-2f0c8f6f9a10';
const TASK = 'a3c1e5f0-0b7d-4d8e-9c2a-6e4b1f0d3c21';

describe('board history filters in the URL', () => {
  it('reads every filter from a shared link', () => {
    const params = new URLSearchParams(
      `view=history&actor=${USER}&category=reminders&task=${TASK}&from=2021-05-01&to=2021-05-31`,
    );
    expect(parseHistoryFilters(params)).toEqual<HistoryFilters>({
      actorId: USER,
      category: 'reminders',
      taskId: TASK,
      from: '2021-05-01',
      to: '2021-05-31',
    });
  });

  it('treats unknown or malformed values as no filter rather than failing', () => {
    const params = new URLSearchParams('actor=%20&category=gossip&from=2021-02-30&to=yesterday');
    expect(parseHistoryFilters(params)).toEqual(NO_HISTORY_FILTERS);
    expect(hasHistoryFilters(NO_HISTORY_FILTERS)).toBe(false);
  });

  it('writes the filters in and keeps the view, dropping the ones cleared', () => {
    const params = new URLSearchParams('view=history&category=comments&from=2021-05-01');
    const written = writeHistoryFilters(params, {
      ...NO_HISTORY_FILTERS,
      actorId: 'system',
      from: '2021-05-01',
    });
    expect(written.toString()).toBe('view=history&from=2021-05-01&actor=system');
    expect(params.toString()).toBe('view=history&category=comments&from=2021-05-01');
  });

  it('round-trips: what it writes, it reads back', () => {
    const filters: HistoryFilters = {
      actorId: USER,
      category: 'changes',
      taskId: TASK,
      from: '2021-05-01',
      to: '2021-05-02',
    };
    expect(parseHistoryFilters(writeHistoryFilters(new URLSearchParams(), filters))).toEqual(filters);
  });
});

describe('calendar days', () => {
  it('knows a real day from a half-typed or impossible one', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('0002-05-01')).toBe(false);
    expect(isCalendarDay('2021-5-1')).toBe(false);
  });

  it('turns a day into the instant it starts where the reader is, with their offset', () => {
    const instant = startOfDayInstant('2021-05-01');
    expect(instant).toMatch(/^2021-05-01T00:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(instant).getTime()).toBe(new Date(2021, 4, 1).getTime());
    expect(new Date(startOfDayInstant('2021-12-31', 1)).getTime()).toBe(new Date(2022, 0, 1).getTime());
  });

  it('notices a range that ends before it starts', () => {
    expect(isBackwardRange({ from: '2021-05-02', to: '2021-05-01' })).toBe(true);
    expect(isBackwardRange({ from: '2021-05-01', to: '2021-05-01' })).toBe(false);
    expect(isBackwardRange({ from: null, to: '2021-05-01' })).toBe(false);
  });
});

describe('historyRequestParams', () => {
  it('asks the API for the category’s event types, whole days, and the page before a seq', () => {
    const params = historyRequestParams(
      { actorId: 'system', category: 'workflow', taskId: TASK, from: '2021-05-01', to: '2021-05-31' },
      120,
    );
    expect(params).toEqual({
      actorId: 'system',
      taskId: TASK,
      types: HISTORY_CATEGORIES.workflow.join(','),
      from: startOfDayInstant('2021-05-01'),
      // `to` is exclusive: the last day counts whole.
      to: startOfDayInstant('2021-06-01'),
      before: 120,
    });
  });

  it('asks for the newest page without filters', () => {
    expect(historyRequestParams(NO_HISTORY_FILTERS, null)).toEqual({});
  });
});

describe('matchesHistoryFilters', () => {
  const task = aTask({ id: TASK });
  const update = {
    ...aTaskEvent('task.updated', task, USER),
    at: new Date(2021, 4, 31, 23, 30).toISOString(),
  };

  it('matches what the API would return for the same filters', () => {
    expect(matchesHistoryFilters(update, NO_HISTORY_FILTERS)).toBe(true);
    expect(matchesHistoryFilters(update, { ...NO_HISTORY_FILTERS, actorId: USER, category: 'changes' })).toBe(
      true,
    );
    expect(matchesHistoryFilters(update, { ...NO_HISTORY_FILTERS, taskId: TASK, to: '2021-05-31' })).toBe(
      true,
    );
  });

  it('leaves out other people’s, other tasks’, other kinds’ and other days’ events', () => {
    expect(matchesHistoryFilters(update, { ...NO_HISTORY_FILTERS, actorId: 'system' })).toBe(false);
    expect(matchesHistoryFilters(update, { ...NO_HISTORY_FILTERS, taskId: 'another' })).toBe(false);
    expect(matchesHistoryFilters(update, { ...NO_HISTORY_FILTERS, category: 'comments' })).toBe(false);
    expect(matchesHistoryFilters(update, { ...NO_HISTORY_FILTERS, from: '2021-06-01' })).toBe(false);
    expect(matchesHistoryFilters(update, { ...NO_HISTORY_FILTERS, to: '2021-05-30' })).toBe(false);
  });

  it('finds the system’s events under "system" and a comment under its task', () => {
    const automatic = aReminderEvent(aReminder({ fromUserId: null, taskId: TASK }));
    expect(matchesHistoryFilters(automatic, { ...NO_HISTORY_FILTERS, actorId: 'system' })).toBe(true);
    const comment = aCommentEvent(aComment({ taskId: TASK }));
    expect(
      matchesHistoryFilters(comment, { ...NO_HISTORY_FILTERS, taskId: TASK, category: 'comments' }),
    ).toBe(true);
  });
});
