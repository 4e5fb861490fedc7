import type { ApiErrorBody, TaskView } from '@duban/contracts';
import { useTestApp } from '../testing/use-test-app';

/** 交办 → 签收 → 办理 → 提交审核 → 审核销号 / 退回, enforced on every path. */
describe('The supervision workflow', () => {
  const suite = useTestApp();

  async function assignedTask(kind: 'task' | 'rectification' = 'task') {
    const lead = await suite.factory.department();
    const board = await suite.factory.board();
    const supervisor = await suite.factory.user('supervisor');
    const member = await suite.factory.user('member', lead.id);
    const task = await suite.factory.task(board.id, { leadDepartmentId: lead.id, kind }, supervisor);
    return { lead, board, supervisor, member, task };
  }

  function refusal(response: { body: unknown }): string {
    return (response.body as ApiErrorBody).message;
  }

  it('runs a task from assignment to verified closure, recording each step', async () => {
    const { supervisor, member, task } = await assignedTask();
    expect(task.assignedAt).not.toBeNull();
    expect(task.acknowledgedAt).toBeNull();

    const signed = (await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200)).body as TaskView;
    expect(signed).toMatchObject({ acknowledgedById: member.user.id, version: 2 });
    await member
      .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 })
      .expect(200);
    const submitted = await member
      .post(`/api/tasks/${task.id}/submit`, { result: 'All 12 enterprises relocated', version: 3 })
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', result: 'All 12 enterprises relocated' });
    const verified = await supervisor
      .post(`/api/tasks/${task.id}/verify`, { note: 'Checked on site', version: 4 })
      .expect(200);
    expect(verified.body).toMatchObject({
      status: 'done',
      progress: 100,
      verificationNote: 'Checked on site',
      verifiedById: supervisor.user.id,
    });

    const history = await suite.admin.get(`/api/tasks/${task.id}/history`).expect(200);
    expect(history.body.map((event: { type: string }) => event.type)).toEqual([
      'task.created',
      'task.acknowledged',
      'task.moved',
      'task.submitted',
      'task.verified',
    ]);
  });

  it('lets only the lead department sign, and only once', async () => {
    const { supervisor, member, task } = await assignedTask();
    const other = await suite.factory.user('member', (await suite.factory.department()).id);
    expect(refusal(await other.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(403))).toMatch(
      /Only the lead department/,
    );
    expect(refusal(await supervisor.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(403))).toMatch(
      /Only the lead department/,
    );
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    expect(refusal(await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(403))).toMatch(
      /already signed/,
    );
  });

  it('keeps work from starting before sign-off', async () => {
    const { member, task } = await assignedTask();
    const response = await member
      .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 1 })
      .expect(403);
    expect(refusal(response)).toMatch(/must sign for the task before work starts/);
  });

  it('never lets the doer verify, whatever the path', async () => {
    const { lead, member, task } = await assignedTask();
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member.post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 });
    await member.post(`/api/tasks/${task.id}/submit`, { result: 'Done', version: 3 }).expect(200);

    expect(
      refusal(await member.post(`/api/tasks/${task.id}/verify`, { note: 'ok', version: 4 }).expect(403)),
    ).toMatch(/Only a supervisor/);
    const moveToDone = await member
      .post(`/api/tasks/${task.id}/move`, { status: 'done', afterTaskId: null, version: 4 })
      .expect(403);
    expect(refusal(moveToDone)).toMatch(/Only a supervisor/);
    await member.patch(`/api/tasks/${task.id}`, { status: 'done', version: 4 }).expect(403);
    const insider = await suite.factory.user('supervisor', lead.id);
    expect(
      refusal(await insider.post(`/api/tasks/${task.id}/verify`, { note: 'ok', version: 4 }).expect(403)),
    ).toMatch(/cannot verify its own task/);
    const leader = await suite.factory.user('leader');
    await leader.post(`/api/tasks/${task.id}/verify`, { note: 'ok', version: 4 }).expect(403);
  });

  it('returns a task with a reason and counts the returns', async () => {
    const { supervisor, member, task } = await assignedTask();
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member.post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 });
    await member.post(`/api/tasks/${task.id}/submit`, { result: 'Done', version: 3 }).expect(200);

    const returned = await supervisor
      .post(`/api/tasks/${task.id}/return`, { reason: 'No evidence attached', version: 4 })
      .expect(200);
    expect(returned.body).toMatchObject({
      status: 'in_progress',
      returnCount: 1,
      returnReason: 'No evidence attached',
    });
    const noReason = await supervisor
      .post(`/api/tasks/${task.id}/return`, { reason: '', version: 5 })
      .expect(400);
    expect((noReason.body as ApiErrorBody).details?.[0]?.field).toBe('reason');
    const notAwaiting = await supervisor
      .post(`/api/tasks/${task.id}/return`, { reason: 'Again', version: 5 })
      .expect(403);
    expect(refusal(notAwaiting)).toMatch(/awaiting verification/);
  });

  it('needs measures and a result to submit a rectification item, and a note to close it', async () => {
    const { supervisor, member, task } = await assignedTask('rectification');
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member.post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 });

    const noMeasures = await member
      .post(`/api/tasks/${task.id}/submit`, { result: 'Fixed', version: 3 })
      .expect(403);
    expect(refusal(noMeasures)).toMatch(/rectification measures/);
    const noResult = await member
      .post(`/api/tasks/${task.id}/submit`, { result: ' ', version: 3 })
      .expect(403);
    expect(refusal(noResult)).toMatch(/Describe the result/);
    await member
      .patch(`/api/tasks/${task.id}`, {
        measures: 'Plug the outfalls; monitor monthly',
        evidence: 'Monitoring report of May',
        evidenceLinks: ['https://example.org/monitoring-may.pdf'],
        version: 3,
      })
      .expect(200);
    await member
      .post(`/api/tasks/${task.id}/submit`, { result: 'All outfalls closed', version: 4 })
      .expect(200);

    const noNote = await supervisor.post(`/api/tasks/${task.id}/verify`, { version: 5 }).expect(403);
    expect(refusal(noNote)).toMatch(/verification note/);
    await supervisor
      .post(`/api/tasks/${task.id}/move`, { status: 'done', afterTaskId: null, version: 5 })
      .expect(403);
    await supervisor
      .post(`/api/tasks/${task.id}/verify`, { note: 'Inspected 3 June', version: 5 })
      .expect(200);
  });

  it('keeps the problem and its source for the supervision office, and checks evidence links', async () => {
    const { member, task } = await assignedTask('rectification');
    const response = await member
      .patch(`/api/tasks/${task.id}`, { problem: 'Nothing wrong', version: 1 })
      .expect(403);
    expect((response.body as ApiErrorBody).details).toEqual([
      { field: 'problem', message: 'only supervisors change this' },
    ]);
    const badLink = await member
      .patch(`/api/tasks/${task.id}`, { evidenceLinks: ['javascript:alert(1)'], version: 1 })
      .expect(400);
    expect((badLink.body as ApiErrorBody).details?.[0]?.field).toBe('evidenceLinks.0');
  });

  it('restarts the sign-off when the task goes to another department', async () => {
    const { supervisor, member, task } = await assignedTask();
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    const other = await suite.factory.department();
    const moved = await supervisor
      .patch(`/api/tasks/${task.id}`, { leadDepartmentId: other.id, version: 2 })
      .expect(200);
    expect(moved.body).toMatchObject({
      leadDepartmentId: other.id,
      acknowledgedAt: null,
      acknowledgedById: null,
    });
  });
});
