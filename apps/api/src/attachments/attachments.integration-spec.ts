import type { ApiErrorBody, AttachmentView, AuditVerification, BoardEvent, TaskView } from '@duban/contracts';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ApiClient } from '../testing/api-client';
import {
  sampleExecutable,
  sampleHtml,
  samplePdf,
  samplePhoneJpeg,
  samplePng,
  sampleSvg,
  sampleText,
} from '../testing/sample-files';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function problem(response: { body: unknown }): ApiErrorBody {
  return response.body as ApiErrorBody;
}

/** Evidence files (佐证材料): stored in the database, served inert, under the hash chain. */
describe('Attachments', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);

  /** A task led by a department, with a member of it, on a board only that department may see. */
  async function taskInProgress(options: { restricted?: boolean } = {}) {
    const lead = await suite.factory.department();
    const board = await suite.factory.board(options.restricted ? { departmentIds: [lead.id] } : {});
    const task = await suite.factory.task(board.id, { leadDepartmentId: lead.id });
    const member = await suite.factory.user('member', lead.id);
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member
      .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 })
      .expect(200);
    return { lead, board, task, member };
  }

  async function taskNow(taskId: string): Promise<TaskView> {
    return (await suite.admin.get(`/api/tasks/${taskId}`).expect(200)).body as TaskView;
  }

  async function history(taskId: string): Promise<BoardEvent[]> {
    return (await suite.admin.get(`/api/tasks/${taskId}/history`).expect(200)).body as BoardEvent[];
  }

  it('keeps a PNG byte for byte, with its type, size, hash and author, and a thumbnail', async () => {
    const { task, member, board } = await taskInProgress();
    const png = await samplePng('排口 outfall.png', 640, 480);

    const response = await member.upload(task.id, png).expect(201);
    const attachment = response.body as AttachmentView;
    expect(attachment).toEqual({
      id: expect.any(String),
      taskId: task.id,
      boardId: board.id,
      reportId: null,
      commentId: null,
      name: '排口 outfall.png',
      size: png.bytes.length,
      contentType: 'image/png',
      sha256: sha256(png.bytes),
      createdById: member.user.id,
      createdAt: expect.any(String),
      hasThumbnail: true,
    });

    const served = await member.download(`/api/attachments/${attachment.id}`).expect(200);
    expect(Buffer.compare(served.body as Buffer, png.bytes)).toBe(0);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toMatch(/^inline; filename=.*filename\*=UTF-8''/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toContain("default-src 'none'");
    expect(served.headers['content-security-policy']).toContain('sandbox');

    const thumbnail = await member.download(`/api/attachments/${attachment.id}/thumbnail`).expect(200);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    const { width, height, format } = await sharp(thumbnail.body as Buffer).metadata();
    expect({ width, height, format }).toEqual({ width: 320, height: 240, format: 'webp' });

    expect((await member.get(`/api/tasks/${task.id}/attachments`).expect(200)).body).toEqual([attachment]);
    expect((await taskNow(task.id)).attachmentCount).toBe(1);
  });

  it('keeps a PDF byte for byte and serves it inline for the browser’s viewer', async () => {
    const { task, member } = await taskInProgress();
    const pdf = samplePdf();
    const attachment = (await member.upload(task.id, pdf).expect(201)).body as AttachmentView;
    expect(attachment).toMatchObject({ contentType: 'application/pdf', hasThumbnail: false });

    const served = await member.download(`/api/attachments/${attachment.id}`).expect(200);
    expect(Buffer.compare(served.body as Buffer, pdf.bytes)).toBe(0);
    expect(served.headers['content-disposition']).toMatch(/^inline; filename="acceptance-form.pdf"/);
    expect(served.headers['content-security-policy']).toContain("default-src 'none'");
    expect(served.headers['content-security-policy']).not.toContain('sandbox');
    await member.get(`/api/attachments/${attachment.id}/thumbnail`).expect(404);
  });

  it('makes the thumbnail of a phone photo upright and without its location or camera', async () => {
    const { task, member } = await taskInProgress();
    const photo = await samplePhoneJpeg();
    const original = await sharp(photo.bytes).metadata();
    expect(original).toMatchObject({ width: 200, height: 100, orientation: 6 });
    expect(original.exif?.includes(Buffer.from('DubanTestCam'))).toBe(true);

    const attachment = (await member.upload(task.id, photo).expect(201)).body as AttachmentView;
    const thumbnail = (await member.download(`/api/attachments/${attachment.id}/thumbnail`).expect(200))
      .body as Buffer;
    const made = await sharp(thumbnail).metadata();
    // Turned as the camera said: 100 wide, 200 high, and nothing left to turn.
    expect({ width: made.width, height: made.height, orientation: made.orientation }).toEqual({
      width: 100,
      height: 200,
      orientation: undefined,
    });
    expect(made.exif).toBeUndefined();
    expect(thumbnail.includes(Buffer.from('DubanTestCam'))).toBe(false);
  });

  it('refuses an executable renamed .pdf, HTML and SVG by their bytes (415), and keeps nothing', async () => {
    const { task, member } = await taskInProgress();
    for (const file of [sampleExecutable('report.pdf'), sampleHtml('page.html'), sampleSvg('chart.svg')]) {
      const response = await member.upload(task.id, file).expect(415);
      expect(problem(response)).toMatchObject({
        code: 'unsupported_media_type',
        details: [{ field: 'file', message: expect.any(String) }],
      });
    }
    // An HTML page renamed .png is no PNG either.
    await member.upload(task.id, { ...sampleHtml('photo.png'), contentType: 'image/png' }).expect(415);
    expect((await member.get(`/api/tasks/${task.id}/attachments`).expect(200)).body).toEqual([]);
    expect((await history(task.id)).some((event) => event.type.startsWith('attachment.'))).toBe(false);
    const left = await suite.testApp.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM attachments WHERE "taskId" = $1',
      [task.id],
    );
    expect(left[0]!.n).toBe(0);
  });

  it('serves markup saved as text inert: text/plain, a download, nosniff, a sandbox', async () => {
    const { task, member } = await taskInProgress();
    const disguised = sampleText('notes.txt', '<html><script>fetch("/api/me")</script></html>\n');
    const attachment = (await member.upload(task.id, disguised).expect(201)).body as AttachmentView;
    expect(attachment.contentType).toBe('text/plain');

    const served = await member.download(`/api/attachments/${attachment.id}`).expect(200);
    expect(served.headers['content-type']).toMatch(/^text\/plain/);
    expect(served.headers['content-disposition']).toMatch(/^attachment; filename="notes.txt"/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toContain('sandbox');
    expect((served.body as Buffer).toString('utf8')).toBe(disguised.bytes.toString('utf8'));

    const chinese = (await member.upload(task.id, sampleText()).expect(201)).body as AttachmentView;
    const named = await member.download(`/api/attachments/${chinese.id}`).expect(200);
    expect(named.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('整改说明.txt')}`,
    );
  });

  it('answers 400 naming the field for a request that is not a file upload', async () => {
    const { task, member } = await taskInProgress();
    const json = await member.post(`/api/tasks/${task.id}/attachments`, { file: 'x' }).expect(400);
    expect(problem(json).details).toEqual([{ field: 'file', message: expect.any(String) }]);

    const noFile = await member
      .post(`/api/tasks/${task.id}/attachments`)
      .field('reportId', '00000000-0000-4000-8000-000000000000')
      .expect(400);
    expect(problem(noFile).details?.[0]?.field).toBe('file');

    const unknown = await member.upload(task.id, samplePdf(), { folder: 'evidence' }).expect(400);
    expect(problem(unknown).details?.[0]?.field).toBe('folder');
    const notUuid = await member.upload(task.id, samplePdf(), { reportId: 'latest' }).expect(400);
    expect(problem(notUuid).details?.[0]?.field).toBe('reportId');
    const both = await member
      .upload(task.id, samplePdf(), {
        reportId: '00000000-0000-4000-8000-000000000000',
        commentId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(problem(both).details?.[0]?.field).toBe('commentId');
  });

  it('records the hash in attachment.added and attachment.removed, live and in the history', async () => {
    const { task, member, board } = await taskInProgress();
    const watcher = await suite.factory.user('supervisor');
    const { socket, recorder } = await live.connect(watcher);
    await joinBoard(socket, board.id);
    const received = (type: BoardEvent['type']) => recorder.events.find((event) => event.type === type);

    const png = await samplePng();
    const attachment = (await member.upload(task.id, png).expect(201)).body as AttachmentView;
    await recorder.waitFor(() => received('attachment.added') !== undefined);
    const added = received('attachment.added')!;
    expect(added).toMatchObject({
      type: 'attachment.added',
      actorId: member.user.id,
      data: { ...attachment, sha256: sha256(png.bytes) },
    });

    await member.delete(`/api/attachments/${attachment.id}`).expect(204);
    await recorder.waitFor(() => received('attachment.removed') !== undefined);
    const removed = received('attachment.removed')!;
    expect(removed).toMatchObject({
      actorId: member.user.id,
      data: { id: attachment.id, sha256: attachment.sha256 },
    });
    expect(removed.seq).toBe(added.seq + 1);

    await member.get(`/api/attachments/${attachment.id}`).expect(404);
    expect((await member.get(`/api/tasks/${task.id}/attachments`).expect(200)).body).toEqual([]);
    expect((await taskNow(task.id)).attachmentCount).toBe(0);
    const trail = (await history(task.id)).filter((event) => event.type.startsWith('attachment.'));
    expect(trail.map((event) => [event.type, (event.data as AttachmentView).sha256])).toEqual([
      ['attachment.added', sha256(png.bytes)],
      ['attachment.removed', sha256(png.bytes)],
    ]);
    // The bytes are gone; the record stays.
    const chunks = await suite.testApp.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM attachment_chunks WHERE "attachmentId" = $1',
      [attachment.id],
    );
    expect(chunks[0]!.n).toBe(0);
  });

  it('names a stored file whose bytes were altered in audit/verify', async () => {
    const { task, member, board } = await taskInProgress();
    const pdf = (await member.upload(task.id, samplePdf('inspection.pdf')).expect(201))
      .body as AttachmentView;
    await member.upload(task.id, await samplePng('intact.png')).expect(201);
    const before = (await suite.admin.get(`/api/boards/${board.id}/audit/verify`).expect(200))
      .body as AuditVerification;
    expect(before).toMatchObject({ ok: true, files: { checked: 2, mismatched: [] } });

    await suite.testApp.dataSource.query(
      `UPDATE attachment_chunks SET data = overlay(data placing '\\x2d2d'::bytea from 20) WHERE "attachmentId" = $1`,
      [pdf.id],
    );
    const after = (await suite.admin.get(`/api/boards/${board.id}/audit/verify`).expect(200))
      .body as AuditVerification;
    expect(after.ok).toBe(false);
    expect(after.firstBrokenSeq).toBeUndefined();
    expect(after.files).toEqual({
      checked: 2,
      mismatched: [
        { id: pdf.id, name: 'inspection.pdf', recordedSha256: pdf.sha256, storedSha256: expect.any(String) },
      ],
    });
    expect(after.files.mismatched[0]!.storedSha256).not.toBe(pdf.sha256);
  });

  it('gives outsiders of a restricted board 404 for the files as for the task', async () => {
    const { task, member } = await taskInProgress({ restricted: true });
    const attachment = (await member.upload(task.id, await samplePng()).expect(201)).body as AttachmentView;
    const other = await suite.factory.department();
    const outsider = await suite.factory.user('member', other.id);

    await outsider.get(`/api/tasks/${task.id}`).expect(404);
    await outsider.get(`/api/tasks/${task.id}/attachments`).expect(404);
    await outsider.upload(task.id, await samplePng()).expect(404);
    await outsider.get(`/api/attachments/${attachment.id}`).expect(404);
    await outsider.get(`/api/attachments/${attachment.id}/thumbnail`).expect(404);
    await outsider.delete(`/api/attachments/${attachment.id}`).expect(404);
    expect((await taskNow(task.id)).attachmentCount).toBe(1);
  });

  it('lets the task’s departments and supervisors attach, the adder or a supervisor remove', async () => {
    const { task, member, lead } = await taskInProgress();
    const leader = await suite.factory.user('leader');
    const colleague = await suite.factory.user('member', lead.id);
    const supervisor = await suite.factory.user('supervisor');

    await leader.upload(task.id, await samplePng()).expect(403);
    const mine = (await member.upload(task.id, await samplePng()).expect(201)).body as AttachmentView;
    const theirs = (await supervisor.upload(task.id, samplePdf()).expect(201)).body as AttachmentView;

    await colleague.delete(`/api/attachments/${mine.id}`).expect(403);
    await member.delete(`/api/attachments/${theirs.id}`).expect(403);
    await supervisor.delete(`/api/attachments/${mine.id}`).expect(204);
    await supervisor.delete(`/api/attachments/${theirs.id}`).expect(204);
    await supervisor.delete(`/api/attachments/${theirs.id}`).expect(404);
  });

  it('attaches to a report or comment only for its author, and only of the same task', async () => {
    const { task, member, board, lead } = await taskInProgress();
    const report = (
      await member
        .post(`/api/tasks/${task.id}/reports`, { text: 'Sealed 3 of 5 outfalls', progress: 60 })
        .expect(201)
    ).body as { id: string };
    const leader = await suite.factory.user('leader');
    const comment = (
      await leader.post(`/api/tasks/${task.id}/comments`, { body: 'Send the photos' }).expect(201)
    ).body as { id: string };

    const onReport = (await member.upload(task.id, await samplePng(), { reportId: report.id }).expect(201))
      .body as AttachmentView;
    expect(onReport).toMatchObject({ reportId: report.id, commentId: null });
    const onComment = (await leader.upload(task.id, samplePdf(), { commentId: comment.id }).expect(201))
      .body as AttachmentView;
    expect(onComment).toMatchObject({ reportId: null, commentId: comment.id });

    const colleague = await suite.factory.user('member', lead.id);
    await colleague.upload(task.id, await samplePng(), { reportId: report.id }).expect(403);
    const elsewhere = await suite.factory.task(board.id, { leadDepartmentId: lead.id });
    const wrongTask = await member
      .upload(elsewhere.id, await samplePng(), { reportId: report.id })
      .expect(400);
    expect(problem(wrongTask).details?.[0]?.field).toBe('reportId');
    expect((await taskNow(task.id)).attachmentCount).toBe(2);
  });

  it('freezes the files of a task awaiting verification or closed (403 naming file)', async () => {
    const { task, member } = await taskInProgress();
    const evidence = (await member.upload(task.id, await samplePng()).expect(201)).body as AttachmentView;
    await member.post(`/api/tasks/${task.id}/submit`, { result: 'All sealed', version: 3 }).expect(200);

    const refused = await member.upload(task.id, samplePdf()).expect(403);
    expect(problem(refused).details).toEqual([{ field: 'file', message: expect.stringMatching(/frozen/) }]);
    await member.delete(`/api/attachments/${evidence.id}`).expect(403);
    await suite.admin.delete(`/api/attachments/${evidence.id}`).expect(403);

    await suite.admin.post(`/api/tasks/${task.id}/verify`, { note: 'Seen on site', version: 4 }).expect(200);
    await member.upload(task.id, samplePdf()).expect(403);
    await member.get(`/api/attachments/${evidence.id}`).expect(200);
  });

  it('lets a leader read a task’s files (anyone who may see the task may)', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id);
    const file = (await suite.admin.upload(task.id, samplePdf()).expect(201)).body as AttachmentView;
    const leader: ApiClient = await suite.factory.user('leader');
    expect((await leader.get(`/api/tasks/${task.id}/attachments`).expect(200)).body).toEqual([file]);
    await leader.get(`/api/attachments/${file.id}`).expect(200);
  });

  describe('with small limits', () => {
    const small = useTestApp({ attachmentLimits: { fileBytes: 100 * 1024, boardBytes: 250 * 1024 } });

    async function smallTask() {
      const board = await small.factory.board();
      return small.factory.task(board.id);
    }

    it('answers 413 naming the file limit, and keeps nothing of the refused file', async () => {
      const task = await smallTask();
      const big = await samplePng('big.png', 1200, 1200);
      const noisy = { ...big, bytes: Buffer.concat([big.bytes, Buffer.alloc(120 * 1024, 7)]) };
      const response = await small.admin.upload(task.id, noisy).expect(413);
      expect(problem(response)).toMatchObject({
        code: 'payload_too_large',
        details: [{ field: 'file', message: 'A file may be at most 100 KB' }],
      });
      expect((await small.admin.get(`/api/tasks/${task.id}/attachments`).expect(200)).body).toEqual([]);
      const rows = await small.testApp.dataSource.query<{ files: number; chunks: number }[]>(
        'SELECT (SELECT count(*) FROM attachments)::int AS files, (SELECT count(*) FROM attachment_chunks)::int AS chunks',
      );
      expect(rows[0]).toEqual({ files: 0, chunks: 0 });
    });

    it("answers 413 naming the board's limit once its files fill it", async () => {
      const task = await smallTask();
      const text = (size: number) => sampleText('log.txt', 'x'.repeat(size));
      await small.admin.upload(task.id, text(90 * 1024)).expect(201);
      await small.admin.upload(task.id, text(90 * 1024)).expect(201);
      const full = await small.admin.upload(task.id, text(90 * 1024)).expect(413);
      expect(problem(full).details).toEqual([
        { field: 'file', message: "The board's files may take at most 250 KB in all" },
      ]);
      // Another board has room of its own.
      await small.admin.upload((await smallTask()).id, text(90 * 1024)).expect(201);
    });
  });
});
