import { createTaskSchema, updateBoardSchema, verifyTaskSchema } from '@duban/contracts';
import { ApiError } from '../../api/api-client';
import {
  checkWithSchema,
  fieldOfPath,
  maxLengthOf,
  problemsFromApi,
  problemsFromError,
} from './field-problem';

const taskFieldOf = fieldOfPath(['title', 'labels', 'assigneeIds', 'deadline'] as const);
const settingsFieldOf = fieldOfPath(['departmentIds', 'reportDay'] as const, ['settings']);

describe('the form kit’s problems', () => {
  it('names the form field of a path, inside a group the form flattens too', () => {
    expect(taskFieldOf('labels.0')).toBe('labels');
    expect(taskFieldOf('body')).toBe('form');
    expect(settingsFieldOf('settings.reportDay')).toBe('reportDay');
    expect(settingsFieldOf('departmentIds.1')).toBe('departmentIds');
  });

  it('turns schema issues into problems the user can read, the first per field', () => {
    const result = checkWithSchema(
      createTaskSchema,
      { title: '', labels: Array.from({ length: 21 }, (_, index) => `l${index}`) },
      (values) => values,
      taskFieldOf,
    );
    expect(result).toEqual({
      ok: false,
      problems: { title: { code: 'required' }, labels: { code: 'tooMany', limit: 20 } },
    });
  });

  it('puts API field errors next to the fields they name, the rest on the form', () => {
    expect(
      problemsFromApi(
        [
          { field: 'assigneeIds.0', message: 'Unknown user' },
          { field: 'body', message: 'Malformed JSON' },
        ],
        taskFieldOf,
      ),
    ).toEqual({
      assigneeIds: { code: 'server', message: 'Unknown user' },
      form: { code: 'server', message: 'Malformed JSON' },
    });
  });

  it('puts the API’s field errors next to the fields they name, settings included', () => {
    const error = new ApiError(400, 'Validation failed', 'validation_failed', [
      {
        field: 'settings.reportDay',
        message: 'weekly reports are due on a weekday: 1 (Monday) to 7 (Sunday)',
      },
      { field: 'departmentIds.1', message: 'Unknown department' },
    ]);
    expect(problemsFromError(error, settingsFieldOf)).toEqual({
      reportDay: { code: 'server', message: 'weekly reports are due on a weekday: 1 (Monday) to 7 (Sunday)' },
      departmentIds: { code: 'server', message: 'Unknown department' },
    });
  });

  it('shows a failure without field errors on the form, as it came', () => {
    expect(problemsFromError(new TypeError('Failed to fetch'), taskFieldOf)).toEqual({
      form: { code: 'server', message: 'Failed to fetch' },
    });
  });

  it('reads an input’s maxLength from a contracts schema, through optional and default', () => {
    expect(maxLengthOf(updateBoardSchema.shape.title)).toBe(200);
    expect(maxLengthOf(verifyTaskSchema.shape.note)).toBe(10_000);
    expect(maxLengthOf(updateBoardSchema.shape.departmentIds)).toBeUndefined();
  });
});
