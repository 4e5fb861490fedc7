import { aTask } from '../testing/task-factory';
import {
  checkChanges,
  checkNewTask,
  EMPTY_NEW_TASK,
  formChanges,
  formValuesOf,
  isPastDeadline,
  parseLabels,
  stillTouched,
  taskMaxLength,
  toCreateTaskInput,
  touchedChanges,
  type NewTaskValues,
} from './task-form';

const ecology = '0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10';
const commerce = '1c8f9b2d-6e3a-4d4b-8f2c-3a7e9d5b8f21';
const liNa = '2d9a0c3e-7f4b-4e5c-9a3d-4b8f0e6c9a32';

function aNewTask(overrides: Partial<NewTaskValues> = {}): NewTaskValues {
  return { ...EMPTY_NEW_TASK, title: 'Relocate enterprises from the central city', ...overrides };
}

describe('parseLabels, shared by both task forms', () => {
  it('splits on Latin and Chinese commas, semicolons and line breaks, dropping blanks and repeats', () => {
    expect(parseLabels(' a, b ,,a、c；d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseLabels('air, water，soil、air, ')).toEqual(['air', 'water', 'soil']);
    expect(parseLabels('air\nwater\r\nsoil; noise')).toEqual(['air', 'water', 'soil', 'noise']);
    expect(parseLabels('   ')).toEqual([]);
  });

  it('reads back the labels the panel shows', () => {
    const task = aTask({ labels: ['inspection', '整改'] });
    expect(parseLabels(formValuesOf(task).labels)).toEqual(['inspection', '整改']);
  });
});

describe('the limits the inputs take from the contracts', () => {
  it('are the schema’s, not literals', () => {
    expect(taskMaxLength('title')).toBe(200);
    expect(taskMaxLength('source')).toBe(500);
    expect(taskMaxLength('description')).toBe(10_000);
  });
});

describe('create-task form', () => {
  it('sends only what the user filled in', () => {
    expect(toCreateTaskInput(aNewTask())).toEqual({
      title: 'Relocate enterprises from the central city',
      kind: 'task',
    });
  });

  it('sends the assignment as the API expects it, without the lead among the cooperating departments', () => {
    const input = toCreateTaskInput(
      aNewTask({
        kind: 'rectification',
        leadDepartmentId: ecology,
        cooperatingDepartmentIds: [ecology, commerce],
        assigneeIds: [liNa],
        deadline: '2021-06-30',
        labels: 'inspection, 整改，water',
      }),
    );
    expect(input).toMatchObject({
      kind: 'rectification',
      leadDepartmentId: ecology,
      cooperatingDepartmentIds: [commerce],
      assigneeIds: [liNa],
      deadline: '2021-06-30',
      labels: ['inspection', '整改', 'water'],
    });
  });

  it('explains each field that the shared schema rejects', () => {
    const result = checkNewTask(aNewTask({ title: '   ', deadline: '2021-02-30', labels: 'x'.repeat(41) }));
    expect(result).toEqual({
      ok: false,
      problems: {
        title: { code: 'required' },
        deadline: { code: 'invalidDate' },
        labels: { code: 'tooLong', limit: 40 },
      },
    });
  });

  it('accepts a valid form and gives back the trimmed input', () => {
    const result = checkNewTask(aNewTask({ title: '  Port logistics  ', deadline: '2024-02-29' }));
    expect(result).toEqual({
      ok: true,
      input: { title: 'Port logistics', kind: 'task', deadline: '2024-02-29' },
    });
  });
});

describe('task panel: formChanges', () => {
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

describe('task panel: checkChanges', () => {
  it('accepts a valid edit', () => {
    expect(checkChanges({ progress: 40, title: 'New title' }, 3)).toEqual({});
  });

  it('names the field of each problem, worded as in the create form', () => {
    expect(checkChanges({ title: '   ', labels: ['x'.repeat(41)] }, 3)).toEqual({
      title: { code: 'required' },
      labels: { code: 'tooLong', limit: 40 },
    });
  });
});

describe('task panel: touched fields', () => {
  it('make an edit only where they differ from the base', () => {
    const base = aTask({ progress: 20, title: 'Fix it' });
    expect(touchedChanges(base, { progress: 40, title: 'Fix it' })).toEqual({ progress: 40 });
  });

  it('are dropped once a saved version has them, keeping what was typed during the save', () => {
    const saved = aTask({ progress: 40, title: 'Fix it', version: 2 });
    expect(stillTouched(saved, { progress: 40, title: 'Fix it now' })).toEqual({ title: 'Fix it now' });
  });
});

describe('deadlines in both task forms', () => {
  it('refuses a deadline outside 2000-01-01..2099-12-31, saying which dates are accepted', () => {
    const range = { code: 'dateOutOfRange', min: '2000-01-01', max: '2099-12-31' };
    for (const deadline of ['9999-12-31', '0000-01-01', '1999-12-31', '2100-01-01']) {
      expect(checkNewTask(aNewTask({ deadline }))).toEqual({ ok: false, problems: { deadline: range } });
      expect(checkChanges({ deadline }, 3)).toEqual({ deadline: range });
    }
    expect(checkNewTask(aNewTask({ deadline: '2021-02-30' }))).toEqual({
      ok: false,
      problems: { deadline: { code: 'invalidDate' } },
    });
    expect(checkNewTask(aNewTask({ deadline: '2099-12-31' })).ok).toBe(true);
    expect(checkChanges({ deadline: '2000-01-01' }, 3)).toEqual({});
  });

  it('calls a deadline before today past, today and later not, no deadline never', () => {
    const now = new Date(2026, 11, 5, 9, 30);
    expect(isPastDeadline('2026-12-04', now)).toBe(true);
    expect(isPastDeadline('2019-05-01', now)).toBe(true);
    expect(isPastDeadline('2026-12-05', now)).toBe(false);
    expect(isPastDeadline('2027-01-01', now)).toBe(false);
    expect(isPastDeadline('', now)).toBe(false);
    expect(isPastDeadline(null, now)).toBe(false);
  });
});
