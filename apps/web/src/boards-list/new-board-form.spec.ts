import { ApiError } from '../api/api-client';
import { checkNewBoard, EMPTY_NEW_BOARD, problemsOfFailedCreate } from './new-board-form';
import { listQueryOf } from './useBoardListFilters';

describe('the "New board" form', () => {
  it('asks for a title, and sends only the texts that were filled in', () => {
    expect(checkNewBoard(EMPTY_NEW_BOARD)).toEqual({ ok: false, problems: { title: { code: 'required' } } });
    expect(checkNewBoard({ ...EMPTY_NEW_BOARD, title: '   ' })).toMatchObject({ ok: false });

    expect(
      checkNewBoard({
        title: 'Standing Committee meeting of 21 April 2021',
        description: '  ',
        source: 'Minutes No. 7 (2021)',
        departmentIds: ['0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10'],
      }),
    ).toEqual({
      ok: true,
      input: {
        title: 'Standing Committee meeting of 21 April 2021',
        source: 'Minutes No. 7 (2021)',
        departmentIds: ['0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10'],
      },
    });
  });

  it('limits the title to what the API accepts', () => {
    expect(checkNewBoard({ ...EMPTY_NEW_BOARD, title: 'x'.repeat(201) })).toEqual({
      ok: false,
      problems: { title: { code: 'tooLong', limit: 200 } },
    });
  });

  it('puts the API’s field errors on their fields, and words a refusal', () => {
    const unknown = new ApiError(400, 'departmentIds.0: unknown department', 'validation_failed', [
      { field: 'departmentIds.0', message: 'Unknown department' },
    ]);
    expect(problemsOfFailedCreate(unknown, 'Only supervisors')).toEqual({
      departmentIds: { code: 'server', message: 'Unknown department' },
    });
    const refused = new ApiError(403, 'Forbidden', 'forbidden');
    expect(problemsOfFailedCreate(refused, 'Only supervisors')).toEqual({
      form: { code: 'server', message: 'Only supervisors' },
    });
  });
});

describe('the boards list query', () => {
  it('leaves archived boards out unless the switch is on, and sends a search only when there is one', () => {
    expect(listQueryOf({ q: '', showArchived: false })).toEqual({ archived: 'exclude' });
    expect(listQueryOf({ q: '河长制', showArchived: true })).toEqual({ q: '河长制', archived: 'include' });
  });
});
