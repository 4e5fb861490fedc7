import { DEFAULT_BOARD_SETTINGS, type BoardSettings, type BoardView } from '@duban/contracts';

export const ecologyBureau = '0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10';
export const commerceBureau = '1c8f9b2d-6e3a-4d4b-8f2c-3a7e9d5b8f21';

/** Test data for the settings specs: a board from a standing committee meeting, with default settings. */
export function aBoard(
  overrides: Partial<Omit<BoardView, 'settings'>> & { settings?: Partial<BoardSettings> } = {},
): BoardView {
  const { settings, ...fields } = overrides;
  return {
    id: 'board-1',
    title: 'Standing Committee meeting of 21 April 2021',
    description: 'Decisions on the central city’s environment',
    source: 'Minutes No. 7 (2021)',
    departmentIds: [],
    seq: 12,
    createdAt: '2021-04-21T08:00:00.000Z',
    archivedAt: null,
    ...fields,
    settings: { ...DEFAULT_BOARD_SETTINGS, ...settings },
  };
}
