import { cadenceChange, reportDayOptions } from './report-days';

describe('report days', () => {
  it('offers the weekdays for a weekly cadence, days 1–28 for a monthly one, nothing without reports', () => {
    expect(reportDayOptions('weekly')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const monthly = reportDayOptions('monthly');
    expect(monthly).toHaveLength(28);
    expect([monthly[0], monthly.at(-1)]).toEqual([1, 28]);
    expect(reportDayOptions('none')).toEqual([]);
  });

  it('moves a day of the month past Sunday to Friday when the cadence becomes weekly', () => {
    expect(cadenceChange({ reportDay: '28' }, 'weekly')).toEqual({ reportCadence: 'weekly', reportDay: '5' });
  });

  it('keeps a report day the new cadence also offers', () => {
    expect(cadenceChange({ reportDay: '3' }, 'weekly')).toEqual({ reportCadence: 'weekly' });
    expect(cadenceChange({ reportDay: '5' }, 'monthly')).toEqual({ reportCadence: 'monthly' });
    expect(cadenceChange({ reportDay: '28' }, 'none')).toEqual({ reportCadence: 'none' });
  });
});
