import type { DepartmentStats } from '@duban/contracts';
import { statusBarsOf } from './status-bars';

const department = (name: string, figures: Partial<DepartmentStats>): DepartmentStats => ({
  departmentId: name,
  name,
  led: 0,
  done: 0,
  inProgress: 0,
  awaitingSignOff: 0,
  longestSignOffWaitDays: null,
  inReview: 0,
  overdue: 0,
  furthestOverdueDays: null,
  dueSoon: 0,
  returned: 0,
  onTimeRate: null,
  signOffRate: null,
  reportsMissing: 0,
  cooperating: 0,
  ...figures,
});

describe('statusBarsOf: the stacked bars of the status chart', () => {
  it('splits what a department leads by status, not started being the rest', () => {
    const bars = statusBarsOf([department('Ecology', { led: 7, done: 2, inProgress: 3, inReview: 1 })]);
    expect(bars).toEqual([{ name: 'Ecology', todo: 1, inProgress: 3, inReview: 1, done: 2 }]);
  });

  it('leaves out departments that only cooperate', () => {
    expect(statusBarsOf([department('Water', { cooperating: 4 })])).toEqual([]);
  });
});
