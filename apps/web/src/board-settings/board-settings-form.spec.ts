import { ApiError } from '../api/api-client';
import {
  checkBoardSettings,
  formValuesOf,
  problemsOfFailedSave,
  type BoardSettingsFormValues,
} from './board-settings-form';
import { aBoard, commerceBureau, ecologyBureau } from './board-settings-test-factory';

describe('board settings form', () => {
  const board = aBoard({ departmentIds: [ecologyBureau, commerceBureau] });
  const edited = (changes: Partial<BoardSettingsFormValues>) => ({ ...formValuesOf(board), ...changes });

  it('starts from the board as it is', () => {
    expect(formValuesOf(board)).toEqual({
      title: board.title,
      description: board.description,
      source: board.source,
      departmentIds: [ecologyBureau, commerceBureau],
      dueSoonDays: '7',
      reportCadence: 'none',
      reportDay: '28',
      escalationDays: '3',
    });
  });

  it('sends nothing when nothing changed, even with the departments ticked in another order', () => {
    expect(checkBoardSettings(board, edited({ departmentIds: [commerceBureau, ecologyBureau] }))).toEqual({
      ok: true,
      input: {},
    });
  });

  it('sends only the changed fields, and only the changed settings', () => {
    const result = checkBoardSettings(
      board,
      edited({
        title: '  Standing Committee, 21 April  ',
        dueSoonDays: '14',
        reportCadence: 'weekly',
        reportDay: '5',
      }),
    );
    expect(result).toEqual({
      ok: true,
      input: {
        title: 'Standing Committee, 21 April',
        settings: { dueSoonDays: 14, reportCadence: 'weekly', reportDay: 5 },
      },
    });
  });

  it('opens the board to everyone by clearing its departments', () => {
    expect(checkBoardSettings(board, edited({ departmentIds: [] }))).toEqual({
      ok: true,
      input: { departmentIds: [] },
    });
  });

  it('does not send a report day that "no regular reports" hides', () => {
    const weekly = aBoard({ settings: { reportCadence: 'weekly', reportDay: 5 } });
    const values = { ...formValuesOf(weekly), reportCadence: 'none' as const, reportDay: '1' };
    expect(checkBoardSettings(weekly, values)).toEqual({
      ok: true,
      input: { settings: { reportCadence: 'none' } },
    });
  });

  it('explains each field the shared schema refuses, with the bounds the schema sets', () => {
    const result = checkBoardSettings(
      board,
      edited({ title: '   ', dueSoonDays: '91', escalationDays: '', source: 'x'.repeat(20_001) }),
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        title: { code: 'required' },
        source: { code: 'tooLong', limit: 20_000 },
        dueSoonDays: { code: 'outOfRange', min: 0, max: 90 },
        escalationDays: { code: 'required' },
      },
    });
  });

  it('refuses fractions and negative days alike', () => {
    expect(checkBoardSettings(board, edited({ dueSoonDays: '2.5', escalationDays: '-1' }))).toEqual({
      ok: false,
      problems: {
        dueSoonDays: { code: 'outOfRange', min: 0, max: 90 },
        escalationDays: { code: 'outOfRange', min: 0, max: 90 },
      },
    });
  });

  it('says a 403 is a refusal, in the user’s words rather than the server’s', () => {
    const error = new ApiError(403, 'Only supervisors and administrators change boards', 'forbidden');
    expect(problemsOfFailedSave(error, 'Not yours to change')).toEqual({
      form: { code: 'server', message: 'Not yours to change' },
    });
  });

  it('puts an error about no field of the form on the form', () => {
    const error = new ApiError(400, 'Validation failed', 'validation_failed', [
      { field: 'body', message: 'Malformed JSON' },
    ]);
    expect(problemsOfFailedSave(error, '')).toEqual({ form: { code: 'server', message: 'Malformed JSON' } });
  });
});
