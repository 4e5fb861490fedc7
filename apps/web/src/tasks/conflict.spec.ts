import type { TaskView } from '@duban/contracts';
import { aTask } from '../testing/factories';
import { changedFields, resolveConflict } from './conflict';

const base: TaskView = aTask({
  status: 'in_progress',
  leadDepartmentId: 'd1',
  deadline: '2021-06-30',
  progress: 20,
  version: 3,
});

describe('resolveConflict', () => {
  it('retries on the new version when the other person changed other fields', () => {
    const current = { ...base, title: 'Relocate industrial enterprises', version: 4 };
    expect(resolveConflict(base, current, { progress: 60 })).toEqual({ kind: 'retry', version: 4 });
  });

  it('asks the user when both changed the same field to different values', () => {
    const current = { ...base, progress: 40, labels: ['urgent'], version: 4 };
    expect(resolveConflict(base, current, { progress: 60, description: 'x' })).toEqual({
      kind: 'conflict',
      fields: ['progress'],
    });
  });

  it('does not call it a conflict when both made the same change', () => {
    const current = { ...base, progress: 60, version: 4 };
    expect(resolveConflict(base, current, { progress: 60 })).toEqual({ kind: 'retry', version: 4 });
  });

  it('compares arrays by value', () => {
    expect(changedFields(base, { ...base, labels: [] })).toEqual([]);
    expect(changedFields(base, { ...base, labels: ['a'], status: 'done' })).toEqual(['status', 'labels']);
  });
});
