import { ApiError } from '../api/api-client';
import { problemsFromError } from './settings-problems';

describe('problems from a failed save', () => {
  it('puts the API’s field errors next to the fields they name, settings included', () => {
    const error = new ApiError(400, 'Validation failed', 'validation_failed', [
      {
        field: 'settings.reportDay',
        message: 'weekly reports are due on a weekday: 1 (Monday) to 7 (Sunday)',
      },
      { field: 'departmentIds.1', message: 'Unknown department' },
    ]);
    expect(problemsFromError(error)).toEqual({
      reportDay: {
        code: 'server',
        message: 'weekly reports are due on a weekday: 1 (Monday) to 7 (Sunday)',
      },
      departmentIds: { code: 'server', message: 'Unknown department' },
    });
  });

  it('puts an error about no field of the form on the form', () => {
    const error = new ApiError(400, 'Validation failed', 'validation_failed', [
      { field: 'body', message: 'Malformed JSON' },
    ]);
    expect(problemsFromError(error)).toEqual({ form: { code: 'server', message: 'Malformed JSON' } });
  });

  it('says a 403 is a refusal, in the user’s words rather than the server’s', () => {
    const error = new ApiError(403, 'Only supervisors and administrators change boards', 'forbidden');
    expect(problemsFromError(error)).toEqual({ form: { code: 'forbidden' } });
  });

  it('shows any other failure as it came', () => {
    expect(problemsFromError(new TypeError('Failed to fetch'))).toEqual({
      form: { code: 'server', message: 'Failed to fetch' },
    });
  });
});
