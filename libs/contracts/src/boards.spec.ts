import { reportDayProblem } from './boards';

describe('reportDayProblem', () => {
  it('asks a weekly cadence for a weekday and lets a monthly one take any day up to the 28th', () => {
    expect(reportDayProblem({ reportCadence: 'weekly', reportDay: 7 })).toBeNull();
    expect(reportDayProblem({ reportCadence: 'weekly', reportDay: 8 })).toMatch(/weekday/);
    expect(reportDayProblem({ reportCadence: 'monthly', reportDay: 28 })).toBeNull();
    expect(reportDayProblem({ reportCadence: 'none', reportDay: 28 })).toBeNull();
  });
});
