import type { AuditVerification, BoardView, TaskView } from '@duban/contracts';
import { DEMO_PASSWORD } from '../demo/demo-data';
import { ApiClient } from '../testing/api-client';
import { tamperWith } from '../testing/tamper';
import { useTestApp } from '../testing/use-test-app';

/** A board without evidence files: nothing to read through. */
const NO_FILES = { checked: 0, mismatched: [] };

describe('Audit API: GET /api/boards/:boardId/audit/verify', () => {
  const suite = useTestApp();

  async function verify(boardId: string, by: ApiClient = suite.admin): Promise<AuditVerification> {
    return (await by.get(`/api/boards/${boardId}/audit/verify`).expect(200)).body as AuditVerification;
  }

  /** A board with six events: its creation, nested data, arrays, two edits and a comment in Chinese. */
  async function boardWithHistory(): Promise<{ board: BoardView; task: TaskView }> {
    const lead = await suite.factory.department();
    const cooperating = await suite.factory.department();
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, {
      leadDepartmentId: lead.id,
      cooperatingDepartmentIds: [cooperating.id],
      labels: ['river', 'inspection'],
      deadline: '2021-12-31',
    });
    await suite.factory.task(board.id);
    await suite.admin.patch(`/api/tasks/${task.id}`, { title: 'Clean up the river', version: 1 }).expect(200);
    await suite.admin.patch(`/api/tasks/${task.id}`, { labels: ['inspection'], version: 2 }).expect(200);
    await suite.admin.post(`/api/tasks/${task.id}/comments`, { body: '整改方案已上报' }).expect(201);
    return { board, task };
  }

  /**
   * Tampering goes straight to the database, past the API, as the table's owner would: first switching
   * off the trigger that keeps the log append-only.
   */
  function tamper(sql: string, boardId: string, seq: number): Promise<unknown> {
    return tamperWith(suite.testApp.dataSource, sql, [boardId, seq]);
  }

  it('refuses to update, delete or truncate events in the database itself', async () => {
    const { board } = await boardWithHistory();
    const query = (sql: string) => suite.testApp.dataSource.query(sql, [board.id]);

    await expect(query(`UPDATE board_events SET type = 'task.deleted' WHERE "boardId" = $1`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(query(`DELETE FROM board_events WHERE "boardId" = $1`)).rejects.toThrow(
      /append-only: DELETE/,
    );
    await expect(suite.testApp.dataSource.query('TRUNCATE board_events')).rejects.toThrow(/append-only/);
    expect(await verify(board.id)).toEqual({
      ok: true,
      checked: 6,
      headHash: expect.any(String),
      files: NO_FILES,
    });
  });

  it('still lets a board be deleted with its events', async () => {
    const { board } = await boardWithHistory();

    await suite.testApp.dataSource.query('DELETE FROM boards WHERE id = $1', [board.id]);

    const rows = await suite.testApp.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM board_events WHERE "boardId" = $1',
      [board.id],
    );
    expect(rows).toEqual([{ count: 0 }]);
  });

  it('verifies an untouched log, counts every event, and fingerprints it with the last event’s hash', async () => {
    const { board } = await boardWithHistory();

    const [last] = await suite.testApp.dataSource.query<{ hash: string }[]>(
      'SELECT hash FROM board_events WHERE "boardId" = $1 AND seq = 6',
      [board.id],
    );
    expect(await verify(board.id)).toEqual({ ok: true, checked: 6, headHash: last!.hash, files: NO_FILES });
  });

  it('keeps verifying as the log grows after a check', async () => {
    const { board, task } = await boardWithHistory();
    await verify(board.id);

    await suite.admin
      .patch(`/api/tasks/${task.id}`, { title: 'Restore the wetland', version: 3 })
      .expect(200);

    expect(await verify(board.id)).toEqual({
      ok: true,
      checked: 7,
      headHash: expect.any(String),
      files: NO_FILES,
    });
  });

  it('hashes uuids as stored, so a change made through an upper-case board id still verifies', async () => {
    const board = await suite.factory.board();
    await suite.admin.post(`/api/boards/${board.id.toUpperCase()}/tasks`, { title: 'Shouted' }).expect(201);

    expect(await verify(board.id)).toEqual({
      ok: true,
      checked: 2,
      headHash: expect.any(String),
      files: NO_FILES,
    });
  });

  it('reports the event whose data was edited directly in the database', async () => {
    const { board } = await boardWithHistory();

    await tamper(
      `UPDATE board_events SET data = jsonb_set(data, '{title}', '"Nothing to clean up"') WHERE "boardId" = $1 AND seq = $2`,
      board.id,
      4,
    );

    expect(await verify(board.id)).toEqual({
      ok: false,
      checked: 3,
      firstBrokenSeq: 4,
      headHash: expect.any(String),
      files: NO_FILES,
    });
  });

  it('reports the first missing seq when an event is deleted', async () => {
    const { board } = await boardWithHistory();

    await tamper('DELETE FROM board_events WHERE "boardId" = $1 AND seq = $2', board.id, 2);

    expect(await verify(board.id)).toEqual({
      ok: false,
      checked: 1,
      firstBrokenSeq: 2,
      headHash: expect.any(String),
      files: NO_FILES,
    });
  });

  it('reports the last event missing, since the board still counts it', async () => {
    const { board } = await boardWithHistory();

    await tamper('DELETE FROM board_events WHERE "boardId" = $1 AND seq = $2', board.id, 6);

    expect(await verify(board.id)).toEqual({
      ok: false,
      checked: 5,
      firstBrokenSeq: 6,
      headHash: expect.any(String),
      files: NO_FILES,
    });
  });

  it('verifies a board unchanged since its creation, which is its first event', async () => {
    const board = await suite.factory.board();

    expect(await verify(board.id)).toEqual({
      ok: true,
      checked: 1,
      headHash: expect.any(String),
      files: NO_FILES,
    });
  });

  it('lets anyone who sees the board verify it, and hides the board from everyone else', async () => {
    const inside = await suite.factory.department();
    const outside = await suite.factory.department();
    const restricted = await suite.factory.board({ departmentIds: [inside.id] });
    await suite.factory.task(restricted.id);

    expect(await verify(restricted.id, await suite.factory.user('member', inside.id))).toEqual({
      ok: true,
      checked: 2,
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      files: NO_FILES,
    });
    const outsider = await suite.factory.user('member', outside.id);
    await outsider.get(`/api/boards/${restricted.id}/audit/verify`).expect(404);
    await suite.admin.get('/api/boards/00000000-0000-4000-8000-000000000000/audit/verify').expect(404);
    await suite.admin.get('/api/boards/not-a-board/audit/verify').expect(400);
  });

  describe('on the demo workspace', () => {
    const demo = useTestApp({ demo: true, admin: null });

    it('verifies the seeded history of the meeting board', async () => {
      const supervisor = await ApiClient.login(demo.testApp.url, 'supervisor', DEMO_PASSWORD);
      const [board] = (await supervisor.get('/api/boards').expect(200)).body as BoardView[];

      const verification = await verify(board!.id, supervisor);

      expect(board!.seq).toBeGreaterThan(0);
      expect(verification).toEqual({
        ok: true,
        checked: board!.seq,
        headHash: expect.any(String),
        files: NO_FILES,
      });
    });
  });
});
