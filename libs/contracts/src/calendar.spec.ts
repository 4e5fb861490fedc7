import {
  addDays,
  calendarDateOf,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  isCalendarDate,
  isoWeekday,
  isoWeekStart,
  monthDay,
  monthStart,
  startOfDayIn,
  startOfDayIso,
  startOfDayMoment,
  today,
} from './calendar';

describe('calendar dates', () => {
  it('accepts real days written "YYYY-MM-DD" and nothing else', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2021-04-31')).toBe(false);
    expect(isCalendarDate('2021-13-01')).toBe(false);
    expect(isCalendarDate('2021-5-1')).toBe(false);
    expect(isCalendarDate('2021-05-01T00:00')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('reads a day as its local midnight and a moment as its local day', () => {
    const midnight = startOfDayMoment('2021-05-01');
    expect([midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), midnight.getHours()]).toEqual([
      2021, 4, 1, 0,
    ]);
    expect(calendarDateOf(new Date(2021, 0, 5, 23, 59))).toBe('2021-01-05');
    expect(today(new Date(2021, 0, 6, 0, 0))).toBe('2021-01-06');
    expect(() => startOfDayMoment('2021-02-30')).toThrow(RangeError);
    const instant = startOfDayIso('2021-05-01');
    expect(instant).toMatch(/^2021-05-01T00:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(instant).getTime()).toBe(midnight.getTime());
  });

  it('adds days across month and year ends and the leap day', () => {
    expect(addDays('2021-01-31', 1)).toBe('2021-02-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2021-05-01', 0)).toBe('2021-05-01');
  });

  it('counts whole days between two dates, negative backwards', () => {
    expect(daysBetween('2021-05-01', '2021-05-08')).toBe(7);
    expect(daysBetween('2021-05-08', '2021-05-01')).toBe(-7);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2021-12-31', '2022-01-01')).toBe(1);
  });

  it('finds the ISO week start, the month start and a day of the month', () => {
    expect(isoWeekStart('2021-05-05')).toBe('2021-05-03');
    expect(isoWeekStart('2021-05-09')).toBe('2021-05-03');
    expect(isoWeekStart('2021-05-03')).toBe('2021-05-03');
    expect(isoWeekStart('2021-01-01')).toBe('2020-12-28');
    expect(isoWeekday('2021-05-09')).toBe(7);
    expect(isoWeekday('2021-05-03')).toBe(1);
    expect(monthStart('2024-02-29')).toBe('2024-02-01');
    expect(monthDay('2024-02-10', 28)).toBe('2024-02-28');
    expect(monthDay('2021-04-30', 31)).toBe('2021-05-01');
  });

  // Jest cannot change the process's time zone from inside a test: run this file with TZ set to a zone with
  // daylight saving time (TZ=America/New_York, TZ=Australia/Lord_Howe) to see it meet a 23- and 25-hour day.
  it('counts every day of a year as one day, whatever the time zone does to its length', () => {
    let date = '2021-01-01';
    for (let day = 0; day < 365; day += 1) {
      const next = addDays(date, 1);
      expect(daysBetween(date, next)).toBe(1);
      expect(addDays(next, -1)).toBe(date);
      expect(calendarDateOf(startOfDayMoment(date))).toBe(date);
      date = next;
    }
    expect(date).toBe('2022-01-01');
    expect(daysBetween('2021-01-01', '2022-01-01')).toBe(365);
    expect(daysBetween('2021-03-01', '2021-04-01')).toBe(31);
    expect(daysBetween('2021-11-01', '2021-12-01')).toBe(30);
  });

  it('finds the instant a day starts in a zone: Shanghai is UTC+8, New York changes its clocks', () => {
    expect(startOfDayIn('2026-04-01', 'Asia/Shanghai').toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(startOfDayIn('2026-04-01', 'UTC').toISOString()).toBe('2026-04-01T00:00:00.000Z');
    // 8 March 2026 starts in winter time (UTC−5); the clocks go forward at 02:00, so the 9th starts at UTC−4.
    expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    // 1 November 2026: the clocks go back at 02:00; the day starts in summer time.
    expect(startOfDayIn('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayIn('2026-11-02', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
    // No zone: the local one, as startOfDayMoment.
    expect(startOfDayIn('2026-04-01', null)).toEqual(startOfDayMoment('2026-04-01'));
  });

  it('numbers days for loops, counting as daysBetween does', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(daysBetween('2024-02-28', '2024-03-01'));
    expect(dateOfDayNumber(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dateOfDayNumber(dayNumber('2021-12-31') + 1)).toBe('2022-01-01');
  });
});
