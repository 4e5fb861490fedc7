import { bulletinPeriod, bulletinQuerySchema } from './bulletin';

describe('the bulletin period (督办通报)', () => {
  it('defaults to the month of today, first to last day, leap years and December included', () => {
    expect(bulletinPeriod({}, '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(bulletinPeriod({}, '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(bulletinPeriod({}, '2026-12-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(bulletinPeriod({ from: '2026-01-31' }, '2026-12-05')).toEqual({
      from: '2026-01-31',
      to: '2026-01-31',
    });
    expect(bulletinPeriod({ to: '2026-04-15' }, '2026-12-05')).toEqual({
      from: '2026-04-01',
      to: '2026-04-15',
    });
    expect(bulletinPeriod({ from: '2026-01-05', to: '2026-02-03' }, '2026-12-05')).toEqual({
      from: '2026-01-05',
      to: '2026-02-03',
    });
  });

  it('refuses a day that does not exist, a reversed period and one over 366 days, naming the field', () => {
    const fields = (query: object) =>
      bulletinQuerySchema.safeParse(query).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(fields({ from: '2026-02-29' })).toEqual(['from']);
    expect(fields({ to: '2026-13-01' })).toEqual(['to']);
    expect(fields({ from: '2026-03-02', to: '2026-03-01' })).toEqual(['to']);
    expect(fields({ from: '2026-01-01', to: '2027-01-02' })).toEqual(['to']);
    expect(fields({ from: '2028-01-01', to: '2028-12-31' })).toEqual([]);
    expect(fields({ from: '2026-03-01', to: '2026-03-01' })).toEqual([]);
    expect(fields({ tz: 'Mars/Olympus' })).toEqual(['tz']);
    expect(fields({ page: '2' })).toEqual(['']);
  });
});
