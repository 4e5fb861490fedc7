import type { AdminActivityEntry, ApiErrorBody, UserView } from '@duban/contracts';
import { useTestApp } from '../testing/use-test-app';

describe('Administration log (GET /api/admin/activity)', () => {
  const suite = useTestApp();

  const activity = async (query = ''): Promise<AdminActivityEntry[]> =>
    (await suite.admin.get(`/api/admin/activity${query}`).expect(200)).body as AdminActivityEntry[];
  /** The entries about one target, oldest first: the story of what was done to it. */
  const storyOf = async (targetId: string) =>
    (await activity('?limit=500'))
      .filter((entry) => entry.target.id === targetId)
      .reverse()
      .map((entry) => [entry.action, entry.change]);

  it('records each department action with who, when and the name before and after', async () => {
    const created = await suite.factory.department('Audit Office');
    await suite.admin.patch(`/api/departments/${created.id}`, { name: 'Municipal Audit Office' }).expect(200);
    await suite.admin.patch(`/api/departments/${created.id}`, { archived: true }).expect(200);
    await suite.admin.patch(`/api/departments/${created.id}`, { archived: true }).expect(200); // no change
    await suite.admin.patch(`/api/departments/${created.id}`, { archived: false }).expect(200);
    await suite.admin.delete(`/api/departments/${created.id}`).expect(204);

    expect(await storyOf(created.id)).toEqual([
      ['department.created', null],
      ['department.renamed', { before: 'Audit Office', after: 'Municipal Audit Office' }],
      ['department.archived', null],
      ['department.restored', null],
      ['department.deleted', null],
    ]);
    const [deleted] = await activity('?limit=1');
    expect(deleted).toEqual({
      id: expect.any(Number),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      actor: { id: suite.admin.user.id, displayName: suite.admin.user.displayName },
      action: 'department.deleted',
      target: { type: 'department', id: created.id, name: 'Municipal Audit Office' },
      change: null,
    });
  });

  it('records each user action, never a password', async () => {
    const first = await suite.factory.department('Finance Bureau');
    const second = await suite.factory.department('Transport Bureau');
    const created = await suite.admin
      .post('/api/users', {
        username: 'zhang.wei',
        password: 'secret-password-1',
        displayName: 'Zhang Wei',
        role: 'member',
        departmentId: first.id,
      })
      .expect(201);
    const user = created.body as UserView;
    await suite.admin
      .patch(`/api/users/${user.id}`, {
        role: 'leader',
        departmentId: second.id,
        displayName: 'Zhang Wei (Transport)',
      })
      .expect(200);
    await suite.admin.patch(`/api/users/${user.id}`, { password: 'secret-password-2' }).expect(200);
    await suite.admin.patch(`/api/users/${user.id}`, { departmentId: null }).expect(200);
    await suite.admin.patch(`/api/users/${user.id}`, { active: false }).expect(200);
    await suite.admin.patch(`/api/users/${user.id}`, { active: true }).expect(200);

    expect(await storyOf(user.id)).toEqual([
      ['user.created', null],
      ['user.renamed', { before: 'Zhang Wei', after: 'Zhang Wei (Transport)' }],
      ['user.role_changed', { before: 'member', after: 'leader' }],
      ['user.department_changed', { before: 'Finance Bureau', after: 'Transport Bureau' }],
      ['user.password_reset', null],
      ['user.department_changed', { before: 'Transport Bureau', after: null }],
      ['user.deactivated', null],
      ['user.reactivated', null],
    ]);
    expect(JSON.stringify(await activity('?limit=500'))).not.toMatch(/secret-password|argon2/);
  });

  it('writes nothing for a refused change', async () => {
    const before = await activity('?limit=1');
    const taken = await suite.factory.department();
    const other = await suite.factory.department();
    await suite.admin.patch(`/api/departments/${other.id}`, { name: taken.name }).expect(409);
    const member = await suite.factory.user('member', other.id);
    await suite.admin.delete(`/api/departments/${other.id}`).expect(409);
    await suite.admin.patch(`/api/users/${member.user.id}`, { role: 'emperor' }).expect(400);

    const since = (await activity('?limit=500')).filter((entry) => entry.id > (before[0]?.id ?? 0));
    expect(since.map((entry) => entry.action)).toEqual([
      'user.created',
      'department.created',
      'department.created',
    ]);
  });

  it('pages back with before, and is for administrators only', async () => {
    const department = await suite.factory.department();
    for (const name of ['One', 'Two', 'Three']) {
      await suite.admin.patch(`/api/departments/${department.id}`, { name: `${department.name} ${name}` });
    }
    const [newest, second] = await activity('?limit=2');
    const older = await activity(`?limit=1&before=${second!.id}`);
    expect(newest!.id).toBeGreaterThan(second!.id);
    expect(older[0]!.id).toBeLessThan(second!.id);

    const bad = await suite.admin.get('/api/admin/activity?limit=0').expect(400);
    expect((bad.body as ApiErrorBody).details?.[0]?.field).toBe('limit');
    for (const role of ['supervisor', 'leader', 'member'] as const) {
      const user = await suite.factory.user(role);
      await user.get('/api/admin/activity').expect(403);
    }
  });
});
