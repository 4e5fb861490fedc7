import { formValuesOf, validateBoardSettings, type BoardSettingsFormValues } from './board-settings-form';
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
    expect(validateBoardSettings(board, edited({ departmentIds: [commerceBureau, ecologyBureau] }))).toEqual({
      ok: true,
      changes: {},
    });
  });

  it('sends only the changed fields, and only the changed settings', () => {
    const result = validateBoardSettings(
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
      changes: {
        title: 'Standing Committee, 21 April',
        settings: { dueSoonDays: 14, reportCadence: 'weekly', reportDay: 5 },
      },
    });
  });

  it('opens the board to everyone by clearing its departments', () => {
    expect(validateBoardSettings(board, edited({ departmentIds: [] }))).toEqual({
      ok: true,
      changes: { departmentIds: [] },
    });
  });

  it('does not send a report day that "no regular reports" hides', () => {
    const weekly = aBoard({ settings: { reportCadence: 'weekly', reportDay: 5 } });
    const values = { ...formValuesOf(weekly), reportCadence: 'none' as const, reportDay: '1' };
    expect(validateBoardSettings(weekly, values)).toEqual({
      ok: true,
      changes: { settings: { reportCadence: 'none' } },
    });
  });

  it('explains each field the shared schema refuses, with the bounds the schema sets', () => {
    const result = validateBoardSettings(
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
    expect(validateBoardSettings(board, edited({ dueSoonDays: '2.5', escalationDays: '-1' }))).toEqual({
      ok: false,
      problems: {
        dueSoonDays: { code: 'outOfRange', min: 0, max: 90 },
        escalationDays: { code: 'outOfRange', min: 0, max: 90 },
      },
    });
  });
});
