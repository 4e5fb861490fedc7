import { aTask } from '../testing/factories';
import { awaitingSignOff, overdueByDepartment } from './department-tallies';

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

describe('overdueByDepartment', () => {
  it('groups red-light tasks by lead department, furthest past the deadline first', () => {
    const tasks = [
      aTask({ id: 'a', leadDepartmentId: 'eco', light: 'red', deadline: '2021-04-20' }),
      aTask({ id: 'b', leadDepartmentId: 'eco', light: 'red', deadline: '2021-04-26' }),
      aTask({ id: 'c', leadDepartmentId: 'com', light: 'red', deadline: '2021-04-10' }),
      aTask({ id: 'soon', leadDepartmentId: 'com', light: 'yellow', deadline: '2021-04-30' }),
      aTask({ id: 'closed', leadDepartmentId: 'ind', status: 'done', light: 'none', deadline: '2021-04-01' }),
      aTask({ id: 'unassigned', leadDepartmentId: null, light: 'red', deadline: '2021-04-01' }),
    ];

    expect(overdueByDepartment(tasks, '2021-04-28')).toEqual([
      { departmentId: 'com', taskIds: ['c'], longestDays: 18 },
      { departmentId: 'eco', taskIds: ['a', 'b'], longestDays: 8 },
    ]);
  });
});
