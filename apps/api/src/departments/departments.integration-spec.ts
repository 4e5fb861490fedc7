import type { AdminActivityEntry, ApiErrorBody, DepartmentView } from '@duban/contracts';
import { useTestApp } from '../testing/use-test-app';

describe('Departments: archive, restore, delete', () => {
  const suite = useTestApp();

  const listed = async (id: string): Promise<DepartmentView | undefined> => {
    const list = (await suite.admin.get('/api/departments').expect(200)).body as DepartmentView[];
    return list.find((department) => department.id === id);
  };

  it('archives and restores: an archived department stays listed, marked archived', async () => {
    const department = await suite.factory.department();
    expect(department.archived).toBe(false);

    const archived = await suite.admin
      .patch(`/api/departments/${department.id}`, { archived: true })
      .expect(200);
    expect(archived.body).toEqual({ id: department.id, name: department.name, archived: true, keywords: [] });
    expect(await listed(department.id)).toEqual({ ...department, archived: true });

    const restored = await suite.admin
      .patch(`/api/departments/${department.id}`, { archived: false })
      .expect(200);
    expect(restored.body).toEqual({ ...department, archived: false });
  });

  it('keeps an archived department on its users, but gives it to no one new', async () => {
    const department = await suite.factory.department();
    const member = await suite.factory.user('member', department.id);
    await suite.admin.patch(`/api/departments/${department.id}`, { archived: true }).expect(200);

    // The member keeps it, and may be edited without losing it.
    const renamed = await suite.admin
      .patch(`/api/users/${member.user.id}`, { displayName: 'Still here', departmentId: department.id })
      .expect(200);
    expect(renamed.body).toMatchObject({ departmentId: department.id, displayName: 'Still here' });

    const newcomer = await suite.admin
      .post('/api/users', {
        username: 'late-joiner',
        password: 'long-enough',
        displayName: 'Late',
        role: 'member',
        departmentId: department.id,
      })
      .expect(400);
    expect((newcomer.body as ApiErrorBody).details).toEqual([
      { field: 'departmentId', message: 'this department is archived' },
    ]);
    const other = await suite.factory.user('member');
    const moved = await suite.admin
      .patch(`/api/users/${other.user.id}`, { departmentId: department.id })
      .expect(400);
    expect((moved.body as ApiErrorBody).details?.[0]?.field).toBe('departmentId');
  });

  it('keeps an archived department on its tasks, but gives it no new task to lead or help with', async () => {
    const [department, other] = await Promise.all([suite.factory.department(), suite.factory.department()]);
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, {
      leadDepartmentId: department.id,
      cooperatingDepartmentIds: [other.id],
    });
    await suite.admin.patch(`/api/departments/${department.id}`, { archived: true }).expect(200);

    // The task keeps it through other edits, as lead and as a cooperating department.
    const edited = await suite.admin
      .patch(`/api/tasks/${task.id}`, {
        title: 'Still led by it',
        leadDepartmentId: department.id,
        version: 1,
      })
      .expect(200);
    expect(edited.body).toMatchObject({ leadDepartmentId: department.id, title: 'Still led by it' });

    const created = await suite.admin
      .post(`/api/boards/${board.id}/tasks`, { title: 'New work', leadDepartmentId: department.id })
      .expect(400);
    expect((created.body as ApiErrorBody).details).toEqual([
      { field: 'leadDepartmentId', message: 'this department is archived' },
    ]);
    const helping = await suite.admin
      .patch(`/api/tasks/${task.id}`, { cooperatingDepartmentIds: [other.id, department.id], version: 2 })
      .expect(400);
    expect((helping.body as ApiErrorBody).details?.[0]?.field).toBe('cooperatingDepartmentIds');
    const handedOver = await suite.factory.task(board.id, { leadDepartmentId: other.id });
    const toArchived = await suite.admin
      .patch(`/api/tasks/${handedOver.id}`, { leadDepartmentId: department.id, version: 1 })
      .expect(400);
    expect((toArchived.body as ApiErrorBody).details?.[0]?.field).toBe('leadDepartmentId');
  });

  it('deletes an unused department (204), then it is gone (404)', async () => {
    const department = await suite.factory.department();
    await suite.admin.delete(`/api/departments/${department.id}`).expect(204);
    expect(await listed(department.id)).toBeUndefined();
    await suite.admin.delete(`/api/departments/${department.id}`).expect(404);
  });

  it('refuses to delete a department with members, or with tasks as lead or cooperating department', async () => {
    const withMember = await suite.factory.department();
    await suite.factory.user('member', withMember.id);
    const refused = await suite.admin.delete(`/api/departments/${withMember.id}`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'department_in_use',
      details: [{ field: 'id', message: 'has members' }],
    });

    const board = await suite.factory.board();
    const leading = await suite.factory.department();
    const cooperating = await suite.factory.department();
    await suite.factory.task(board.id, {
      leadDepartmentId: leading.id,
      cooperatingDepartmentIds: [cooperating.id],
    });
    for (const department of [leading, cooperating]) {
      const response = await suite.admin.delete(`/api/departments/${department.id}`).expect(409);
      expect(response.body).toMatchObject({
        code: 'department_in_use',
        details: [{ field: 'id', message: 'has tasks' }],
      });
      expect(await listed(department.id)).toEqual(department);
    }
    // Archiving is the way out.
    await suite.admin.patch(`/api/departments/${leading.id}`, { archived: true }).expect(200);
  });

  it('lets only administrators archive or delete, and names bad input', async () => {
    const department = await suite.factory.department();
    const supervisor = await suite.factory.user('supervisor');
    await supervisor.patch(`/api/departments/${department.id}`, { archived: true }).expect(403);
    await supervisor.delete(`/api/departments/${department.id}`).expect(403);
    const bad = await suite.admin.patch(`/api/departments/${department.id}`, { archived: 'yes' }).expect(400);
    expect((bad.body as ApiErrorBody).details?.[0]?.field).toBe('archived');
    const malformed = await suite.admin.delete('/api/departments/not-a-uuid').expect(400);
    expect((malformed.body as ApiErrorBody).details?.[0]?.field).toBe('id');
    expect(await listed(department.id)).toEqual(department);
  });

  it('keeps the keywords an administrator sets (once each), logs the change, and names a bad keyword', async () => {
    const department = await suite.factory.department();
    const set = await suite.admin
      .patch(`/api/departments/${department.id}`, { keywords: ['ecology', ' 生态 ', 'Ecology', '污染'] })
      .expect(200);
    expect(set.body).toEqual({ ...department, keywords: ['ecology', '生态', '污染'] });
    expect(await listed(department.id)).toEqual({ ...department, keywords: ['ecology', '生态', '污染'] });

    const activity = (await suite.admin.get('/api/admin/activity').expect(200)).body as AdminActivityEntry[];
    expect(activity[0]).toMatchObject({
      action: 'department.keywords_changed',
      target: { id: department.id },
      change: { before: '', after: 'ecology, 生态, 污染' },
    });

    const member = await suite.factory.user('member');
    await member.patch(`/api/departments/${department.id}`, { keywords: [] }).expect(403);
    const blank = await suite.admin
      .patch(`/api/departments/${department.id}`, { keywords: ['  '] })
      .expect(400);
    expect((blank.body as ApiErrorBody).details?.[0]?.field).toBe('keywords.0');
    const tooMany = Array.from({ length: 101 }, (_, index) => `word${index}`);
    const many = await suite.admin
      .patch(`/api/departments/${department.id}`, { keywords: tooMany })
      .expect(400);
    expect((many.body as ApiErrorBody).details?.[0]?.field).toBe('keywords');
    expect((await listed(department.id))?.keywords).toEqual(['ecology', '生态', '污染']);
  });
});
