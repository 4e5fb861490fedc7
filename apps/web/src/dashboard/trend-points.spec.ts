import { dayLabel, trendPoints, trendRangeOf } from './trend-points';

describe('trend points', () => {
  it('turns a choice into days ending today', () => {
    expect(trendRangeOf('30', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(trendRangeOf('90', '2026-03-10')).toEqual({ from: '2025-12-11', to: '2026-03-10' });
    expect(trendRangeOf('year', '2026-03-10')).toEqual({ from: '2026-01-01', to: '2026-03-10' });
  });

  it('writes a day in the viewer’s language, whatever the browser’s zone', () => {
    expect(dayLabel('2026-03-01', 'en')).toBe('Mar 1');
    expect(dayLabel('2026-03-01', 'zh-CN')).toBe('3月1日');
    expect(dayLabel('2026-12-31', 'en', true)).toBe('Dec 31, 2026');
    expect(
      trendPoints(
        {
          timeZone: 'UTC',
          from: '2026-03-01',
          to: '2026-03-01',
          days: [{ date: '2026-03-01', due: 1, closed: 0, overdue: 1, open: 1 }],
        },
        'zh-CN',
      ),
    ).toEqual([{ date: '2026-03-01', due: 1, closed: 0, overdue: 1, open: 1, label: '3月1日' }]);
  });
});
