import { aTask } from '../testing/factories';
import { awaitingSignOff } from './awaiting-sign-off';

describe('awaitingSignOff', () => {
  it('groups unsigned open tasks by lead department, longest wait first', () => {
    const tasks = [
      aTask({ id: 'a', leadDepartmentId: 'eco', assignedAt: '2021-04-22T08:00:00.000Z' }),
      aTask({ id: 'b', leadDepartmentId: 'eco', assignedAt: '2021-04-25T08:00:00.000Z' }),
      aTask({ id: 'c', leadDepartmentId: 'com', assignedAt: '2021-04-15T08:00:00.000Z' }),
      aTask({ id: 'signed', leadDepartmentId: 'com', acknowledgedAt: '2021-04-16T08:00:00.000Z' }),
      aTask({ id: 'closed', leadDepartmentId: 'ind', status: 'done' }),
      aTask({ id: 'unassigned', leadDepartmentId: null }),
    ];

    expect(awaitingSignOff(tasks, '2021-04-28')).toEqual([
      { departmentId: 'com', taskIds: ['c'], longestDays: 13 },
      { departmentId: 'eco', taskIds: ['a', 'b'], longestDays: 6 },
    ]);
  });
});
