import type { BoardEvent } from '@duban/contracts';
import { aComment, aCommentEvent, aTask, aTaskEvent } from '../testing/factories';
import { withLiveEvent, type HistoryPages } from './history-cache';
import { NO_HISTORY_FILTERS } from './history-filters';

const task = aTask();
const event = (seq: number): BoardEvent => aTaskEvent('task.updated', task, 'user-supervisor', seq);

function loaded(...pages: BoardEvent[][]): HistoryPages {
  return {
    pages: pages.map((events, index) => ({
      events,
      nextBefore: index < pages.length - 1 ? (events.at(-1)?.seq ?? null) : null,
    })),
    pageParams: pages.map((_, index) => (index === 0 ? null : (pages[index - 1]!.at(-1)?.seq ?? null))),
  };
}

describe('withLiveEvent', () => {
  it('puts a new matching event on top of the first page, leaving older pages as they are', () => {
    const pages = loaded([event(12), event(11)], [event(10)]);
    const next = withLiveEvent(pages, event(13), NO_HISTORY_FILTERS);
    expect(next?.pages[0]?.events.map((known) => known.seq)).toEqual([13, 12, 11]);
    expect(next?.pages[1]).toBe(pages.pages[1]);
    expect(next?.pageParams).toBe(pages.pageParams);
  });

  it('leaves the pages alone for an event the filters leave out, or one already shown', () => {
    const pages = loaded([event(12)]);
    const comment = aCommentEvent(aComment({ taskId: task.id }), 13);
    expect(withLiveEvent(pages, comment, { ...NO_HISTORY_FILTERS, category: 'changes' })).toBe(pages);
    expect(withLiveEvent(pages, event(12), NO_HISTORY_FILTERS)).toBe(pages);
  });

  it('fills an empty first page', () => {
    const next = withLiveEvent(loaded([]), event(1), NO_HISTORY_FILTERS);
    expect(next?.pages[0]?.events.map((known) => known.seq)).toEqual([1]);
  });

  it('asks for a refetch when the event is older than the newest shown', () => {
    expect(withLiveEvent(loaded([event(12)]), event(11), NO_HISTORY_FILTERS)).toBeNull();
  });
});
