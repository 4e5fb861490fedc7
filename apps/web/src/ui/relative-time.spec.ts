import { relativeTime } from './relative-time';

const now = new Date('2021-06-30T12:00:00.000Z');

describe('relativeTime', () => {
  it('says "now" for the last few seconds', () => {
    expect(relativeTime('2021-06-30T11:59:55.000Z', now, 'en')).toBe('now');
  });

  it('counts minutes, hours and days within the week', () => {
    expect(relativeTime('2021-06-30T11:57:00.000Z', now, 'en')).toBe('3 minutes ago');
    expect(relativeTime('2021-06-30T09:00:00.000Z', now, 'en')).toBe('3 hours ago');
    expect(relativeTime('2021-06-28T12:00:00.000Z', now, 'en')).toBe('2 days ago');
    expect(relativeTime('2021-06-30T11:57:00.000Z', now, 'zh-CN')).toBe('3分钟前');
  });

  it('falls back to a date for older entries', () => {
    expect(relativeTime('2021-05-01T12:00:00.000Z', now, 'en')).toMatch(/2021/);
  });
});
