import { completionPercent } from './board-completion';

describe('completionPercent', () => {
  it('rounds the share of done tasks to a whole percent', () => {
    expect(completionPercent({ total: 16, done: 5 })).toBe(31);
    expect(completionPercent({ total: 3, done: 3 })).toBe(100);
  });

  it('is 0 for a board without tasks', () => {
    expect(completionPercent({ total: 0, done: 0 })).toBe(0);
  });
});
