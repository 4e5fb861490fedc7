import {
  EMPTY_TASK_FORM,
  parseLabels,
  problemsFromApi,
  toCreateTaskInput,
  validateTaskForm,
  type TaskFormValues,
} from './task-form';

const ecology = '0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10';
const commerce = '1c8f9b2d-6e3a-4d4b-8f2c-3a7e9d5b8f21';
const liNa = '2d9a0c3e-7f4b-4e5c-9a3d-4b8f0e6c9a32';

function aForm(overrides: Partial<TaskFormValues> = {}): TaskFormValues {
  return { ...EMPTY_TASK_FORM, title: 'Relocate enterprises from the central city', ...overrides };
}

describe('create-task form', () => {
  it('sends only what the user filled in', () => {
    expect(toCreateTaskInput(aForm())).toEqual({
      title: 'Relocate enterprises from the central city',
      kind: 'task',
    });
  });

  it('sends the assignment as the API expects it, without the lead among the cooperating departments', () => {
    const input = toCreateTaskInput(
      aForm({
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

  it('splits labels on Latin and Chinese commas and drops blanks and repeats', () => {
    expect(parseLabels(' a, b ,,a、c；d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseLabels('   ')).toEqual([]);
  });

  it('explains each field that the shared schema rejects', () => {
    const result = validateTaskForm(aForm({ title: '   ', deadline: '2021-02-30', labels: 'x'.repeat(41) }));
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
    const result = validateTaskForm(aForm({ title: '  Port logistics  ', deadline: '2024-02-29' }));
    expect(result).toEqual({
      ok: true,
      input: { title: 'Port logistics', kind: 'task', deadline: '2024-02-29' },
    });
  });

  it('puts API field errors next to the fields they name, the rest on the form', () => {
    expect(
      problemsFromApi([
        { field: 'assigneeIds.0', message: 'Unknown user' },
        { field: 'body', message: 'Malformed JSON' },
      ]),
    ).toEqual({
      assigneeIds: { code: 'server', message: 'Unknown user' },
      form: { code: 'server', message: 'Malformed JSON' },
    });
  });
});
