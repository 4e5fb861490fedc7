import { Highlighter } from './highlighter';

describe('Highlighter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps each changed task highlighted for the duration after its latest change', () => {
    const seen: string[][] = [];
    const highlighter = new Highlighter((changed) => seen.push([...changed]), 2000);

    highlighter.flash('a');
    jest.advanceTimersByTime(1500);
    highlighter.flash('b');
    jest.advanceTimersByTime(600);
    expect(seen.at(-1)).toEqual(['b']);
    jest.advanceTimersByTime(1500);
    expect(seen.at(-1)).toEqual([]);
  });

  it('extends the highlight of a task that changes again', () => {
    const seen: string[][] = [];
    const highlighter = new Highlighter((changed) => seen.push([...changed]), 2000);
    highlighter.flash('a');
    jest.advanceTimersByTime(1900);
    highlighter.flash('a');
    jest.advanceTimersByTime(500);
    expect(seen.at(-1)).toEqual(['a']);
    highlighter.dispose();
  });
});
