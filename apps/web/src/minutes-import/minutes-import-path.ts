/** Where a board's "Import from minutes" page is (linked from the board's minutes list). */
export const minutesImportPath = (boardId: string) => `/boards/${boardId}/minutes/import`;
