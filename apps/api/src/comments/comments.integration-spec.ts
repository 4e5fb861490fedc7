import type { ApiErrorBody, CommentView } from '@duban/contracts';
import { useTestApp } from '../testing/use-test-app';

describe('Comments API', () => {
  const suite = useTestApp();

  it('lets a leader comment without changing the task version, and counts comments', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id);
    const leader = await suite.factory.user('leader');

    const response = await leader
      .post(`/api/tasks/${task.id}/comments`, { body: '**Please** speed this up. 请加快进度。' })
      .expect(201);

    expect(response.body).toMatchObject({
      taskId: task.id,
      boardId: board.id,
      authorId: leader.user.id,
      body: '**Please** speed this up. 请加快进度。',
      editedAt: null,
    });
    const after = await suite.admin.get(`/api/tasks/${task.id}`).expect(200);
    expect(after.body).toMatchObject({ version: 1, commentCount: 1 });
    const list = await suite.admin.get(`/api/tasks/${task.id}/comments`).expect(200);
    expect(list.body).toEqual([response.body]);
  });

  it('lets only the author edit, and the author or an suite.admin delete', async () => {
    const department = await suite.factory.department();
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { leadDepartmentId: department.id });
    const author = await suite.factory.user('member', department.id);
    const colleague = await suite.factory.user('member', department.id);
    const comment = (await author.post(`/api/tasks/${task.id}/comments`, { body: 'Draft' }).expect(201))
      .body as CommentView;

    await colleague.patch(`/api/comments/${comment.id}`, { body: 'Hijacked' }).expect(403);
    await suite.admin.patch(`/api/comments/${comment.id}`, { body: 'Hijacked' }).expect(403);
    const edited = await author.patch(`/api/comments/${comment.id}`, { body: 'Final' }).expect(200);
    expect(edited.body).toMatchObject({ body: 'Final', editedAt: expect.any(String) });

    await colleague.delete(`/api/comments/${comment.id}`).expect(403);
    await suite.admin.delete(`/api/comments/${comment.id}`).expect(204);
    await author.delete(`/api/comments/${comment.id}`).expect(404);
    expect((await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body.commentCount).toBe(0);

    const own = (await author.post(`/api/tasks/${task.id}/comments`, { body: 'Mine' }).expect(201))
      .body as CommentView;
    await author.delete(`/api/comments/${own.id}`).expect(204);
  });

  it('rejects empty, oversized and unknown-field bodies naming the field', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id);
    for (const [body, field] of [
      [{ body: '   ' }, 'body'],
      [{ body: 'x'.repeat(10001) }, 'body'],
      [{}, 'body'],
      [{ body: 'ok', authorId: suite.admin.user.id }, 'authorId'],
    ] as const) {
      const response = await suite.admin.post(`/api/tasks/${task.id}/comments`, body).expect(400);
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(field);
    }
  });

  it('answers 404 for unknown tasks and comments', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await suite.admin.get(`/api/tasks/${unknown}/comments`).expect(404);
    await suite.admin.post(`/api/tasks/${unknown}/comments`, { body: 'x' }).expect(404);
    await suite.admin.patch(`/api/comments/${unknown}`, { body: 'x' }).expect(404);
    await suite.admin.delete(`/api/comments/${unknown}`).expect(404);
  });
});
