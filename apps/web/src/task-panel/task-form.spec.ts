import {
  fieldErrorsOf,
  formChanges,
  formValuesOf,
  parseLabels,
  stillTouched,
  touchedChanges,
  validateChanges,
} from './task-form';
import { aTask } from '../testing/task-factory';

describe('formChanges', () => {
  it('is empty for an untouched form', () => {
    const task = aTask({ labels: ['urgent', 'air'], cooperatingDepartmentIds: ['d1', 'd2'] });
    expect(formChanges(task, formValuesOf(task))).toEqual({});
  });

  it('sends only the fields the user changed, as the API wants them', () => {
    const task = aTask({ progress: 20, deadline: '2021-06-30' });
    const values = { ...formValuesOf(task), progress: 40, deadline: '', leadDepartmentId: '' };
    expect(formChanges(task, values)).toEqual({ progress: 40, deadline: null, leadDepartmentId: null });
  });

  it('does not count re-ticking departments in another order as a change', () => {
    const task = aTask({ cooperatingDepartmentIds: ['d1', 'd2'] });
    const values = { ...formValuesOf(task), cooperatingDepartmentIds: ['d2', 'd1'] };
    expect(formChanges(task, values)).toEqual({});
  });

  it('ignores surrounding spaces in the title and reformatting of labels', () => {
    const task = aTask({ title: 'Fix it', labels: ['a', 'b'] });
    const values = { ...formValuesOf(task), title: '  Fix it ', labels: 'a,b,' };
    expect(formChanges(task, values)).toEqual({});
  });
});

describe('parseLabels', () => {
  it('splits on English and Chinese separators, dropping blanks and repeats', () => {
    expect(parseLabels('air, water，soil、air, ')).toEqual(['air', 'water', 'soil']);
  });
});

describe('validateChanges', () => {
  it('accepts a valid edit', () => {
    expect(validateChanges({ progress: 40, title: 'New title' }, 3)).toEqual({});
  });

  it('names the field of each problem', () => {
    expect(validateChanges({ title: '   ', labels: ['x'.repeat(41)] }, 3)).toEqual({
      title: { problem: 'required' },
      labels: { problem: 'tooLong' },
    });
  });
});

describe('fieldErrorsOf', () => {
  it('puts API messages on the top-level field they name', () => {
    const details = [
      { field: 'labels.0', message: 'too long' },
      { field: 'deadline', message: 'must be a date' },
    ];
    expect(fieldErrorsOf(details)).toEqual({
      labels: { message: 'too long' },
      deadline: { message: 'must be a date' },
    });
  });
});

describe('touched fields', () => {
  it('make an edit only where they differ from the base', () => {
    const base = aTask({ progress: 20, title: 'Fix it' });
    expect(touchedChanges(base, { progress: 40, title: 'Fix it' })).toEqual({ progress: 40 });
  });

  it('are dropped once a saved version has them, keeping what was typed during the save', () => {
    const saved = aTask({ progress: 40, title: 'Fix it', version: 2 });
    expect(stillTouched(saved, { progress: 40, title: 'Fix it now' })).toEqual({ title: 'Fix it now' });
  });
});
