import { waitingDays } from './instruction-wait';

describe('waitingDays', () => {
  it('counts calendar days in the browser’s zone, 0 on the day given', () => {
    const givenAt = new Date(2030, 4, 1, 23, 30).toISOString();
    expect(waitingDays(givenAt, new Date(2030, 4, 1, 23, 59))).toBe(0);
    expect(waitingDays(givenAt, new Date(2030, 4, 2, 0, 1))).toBe(1);
    expect(waitingDays(givenAt, new Date(2030, 4, 4, 9, 0))).toBe(3);
  });

  it('is never negative (a clock behind the server’s)', () => {
    expect(waitingDays(new Date(2030, 4, 2).toISOString(), new Date(2030, 4, 1))).toBe(0);
  });
});
