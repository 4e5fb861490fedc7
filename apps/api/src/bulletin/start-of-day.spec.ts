import { startOfDayIn } from './start-of-day';

describe('startOfDayIn (the instant a calendar day starts in a zone)', () => {
  it('reads the day in the zone: Shanghai is UTC+8, New York changes its clocks', () => {
    expect(startOfDayIn('2026-04-01', 'Asia/Shanghai').toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(startOfDayIn('2026-04-01', 'UTC').toISOString()).toBe('2026-04-01T00:00:00.000Z');
    // 8 March 2026 starts in winter time (UTC−5); the clocks go forward at 02:00, so the 9th starts at UTC−4.
    expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    // 1 November 2026: the clocks go back at 02:00; the day starts in summer time.
    expect(startOfDayIn('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayIn('2026-11-02', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });
});
