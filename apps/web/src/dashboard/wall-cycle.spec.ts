import { DEFAULT_WALL_SECONDS, nextWallSlide, wallSecondsOf, wallSlides } from './wall-cycle';

describe('The wall display’s cycle', () => {
  it('shows each board in turn, then all boards, then the first again', () => {
    const slides = wallSlides(['a', 'b']);
    expect(slides).toEqual(['a', 'b', null]);
    expect(nextWallSlide(slides, 'a')).toBe('b');
    expect(nextWallSlide(slides, 'b')).toBeNull();
    expect(nextWallSlide(slides, null)).toBe('a');
  });

  it('goes on from the first board when the shown one has left the list, and stays on all without boards', () => {
    expect(nextWallSlide(wallSlides(['a', 'b']), 'gone')).toBe('a');
    expect(nextWallSlide(wallSlides([]), null)).toBeNull();
  });

  it('reads ?every= in whole seconds within bounds, the default otherwise', () => {
    expect(wallSecondsOf(null)).toBe(DEFAULT_WALL_SECONDS);
    expect(wallSecondsOf('45')).toBe(45);
    expect(wallSecondsOf('1')).toBe(3);
    expect(wallSecondsOf('99999')).toBe(3600);
    expect(wallSecondsOf('ten')).toBe(DEFAULT_WALL_SECONDS);
    expect(wallSecondsOf('-5')).toBe(DEFAULT_WALL_SECONDS);
    expect(wallSecondsOf('')).toBe(DEFAULT_WALL_SECONDS);
  });
});
