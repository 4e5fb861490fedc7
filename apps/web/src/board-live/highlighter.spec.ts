import { Highlighter } from './highlighter';

describe('Highlighter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** What a subscribed card would see each time the store says something changed. */
  function watch(highlighter: Highlighter, taskIds: string[]) {
    const seen: string[][] = [];
    highlighter.subscribe(() => seen.push(taskIds.filter(highlighter.isHighlighted)));
    return seen;
  }

  it('keeps each changed task highlighted for the duration after its latest change', () => {
    const highlighter = new Highlighter(2000);
    const seen = watch(highlighter, ['a', 'b']);

    highlighter.flash('a');
    jest.advanceTimersByTime(1500);
    highlighter.flash('b');
    jest.advanceTimersByTime(600);
    expect(seen.at(-1)).toEqual(['b']);
    jest.advanceTimersByTime(1500);
    expect(seen.at(-1)).toEqual([]);
  });

  it('extends the highlight of a task that changes again', () => {
    const highlighter = new Highlighter(2000);
    const seen = watch(highlighter, ['a']);
    highlighter.flash('a');
    jest.advanceTimersByTime(1900);
    highlighter.flash('a');
    jest.advanceTimersByTime(500);
    expect(seen.at(-1)).toEqual(['a']);
    highlighter.dispose();
  });

  it('stops telling a listener that has unsubscribed', () => {
    const highlighter = new Highlighter(2000);
    const calls: number[] = [];
    const unsubscribe = highlighter.subscribe(() => calls.push(1));
    highlighter.flash('a');
    unsubscribe();
    highlighter.flash('b');
    expect(calls).toHaveLength(1);
    highlighter.dispose();
  });
});
