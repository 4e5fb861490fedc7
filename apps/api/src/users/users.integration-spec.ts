import type { ApiErrorBody, UserView } from '@duban/contracts';
import { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

describe('Departments and users API', () => {
  const suite = useTestApp();

  describe('departments', () => {
    it('are created, renamed and listed by an admin', async () => {
      const created = await suite.admin.post('/api/departments', { name: 'Commerce Bureau' }).expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: 'Commerce Bureau',
        archived: false,
        keywords: [],
      });

      const renamed = await suite.admin
        .patch(`/api/departments/${created.body.id}`, { name: 'Municipal Commerce Bureau' })
        .expect(200);
      expect(renamed.body.name).toBe('Municipal Commerce Bureau');

      const list = await suite.admin.get('/api/departments').expect(200);
      expect(list.body).toContainEqual({
        id: created.body.id,
        name: 'Municipal Commerce Bureau',
        archived: false,
        keywords: [],
      });
    });

    it('refuse duplicates, empty names and non-admins', async () => {
      await suite.admin.post('/api/departments', { name: 'Science and Technology Bureau' }).expect(201);
      const duplicate = await suite.admin
        .post('/api/departments', { name: 'Science and Technology Bureau' })
        .expect(409);
      expect((duplicate.body as ApiErrorBody).details).toEqual([
        { field: 'name', message: 'already exists' },
      ]);
      const empty = await suite.admin.post('/api/departments', { name: '   ' }).expect(400);
      expect((empty.body as ApiErrorBody).details?.[0]?.field).toBe('name');
      const tooLong = await suite.admin.post('/api/departments', { name: 'x'.repeat(101) }).expect(400);
      expect((tooLong.body as ApiErrorBody).details?.[0]?.field).toBe('name');

      const supervisor = await suite.factory.user('supervisor');
      await supervisor.post('/api/departments', { name: 'Shadow Office' }).expect(403);
      await supervisor.get('/api/departments').expect(200);
    });

    it('answer 404 for an unknown id and 400 for a malformed one', async () => {
      await suite.admin
        .patch('/api/departments/00000000-0000-4000-8000-000000000000', { name: 'x' })
        .expect(404);
      const malformed = await suite.admin.patch('/api/departments/abc', { name: 'x' }).expect(400);
      expect((malformed.body as ApiErrorBody).details).toEqual([{ field: 'id', message: 'must be a UUID' }]);
    });
  });

  describe('users', () => {
    it('are created by an suite.admin, can sign in, and never show a password hash', async () => {
      const department = await suite.factory.department();
      const response = await suite.admin
        .post('/api/users', {
          username: 'Ecology.Li',
          password: 'green-hills-2021',
          displayName: 'Li Ming',
          role: 'member',
          departmentId: department.id,
        })
        .expect(201);
      const user = response.body as UserView;
      expect(user).toEqual({
        id: expect.any(String),
        username: 'ecology.li',
        displayName: 'Li Ming',
        role: 'member',
        departmentId: department.id,
        active: true,
      });

      const signedIn = await ApiClient.login(suite.testApp.url, 'ecology.li', 'green-hills-2021');
      expect(signedIn.user).toEqual(user);
      const list = await signedIn.get('/api/users').expect(200);
      expect(JSON.stringify(list.body)).not.toMatch(/passwordHash|argon2/);
    });

    it('are updated by an suite.admin, including the password', async () => {
      const member = await suite.factory.user('member');
      await suite.admin
        .patch(`/api/users/${member.user.id}`, { password: 'a-new-password', displayName: 'Renamed' })
        .expect(200);
      const again = await ApiClient.login(suite.testApp.url, member.user.username, 'a-new-password');
      expect(again.user.displayName).toBe('Renamed');
    });

    it('reject bad usernames, short passwords, unknown roles and departments, naming the field', async () => {
      const cases: [object, string][] = [
        [{ username: 'has space' }, 'username'],
        [{ username: '张三' }, 'username'],
        [{ password: 'short' }, 'password'],
        [{ role: 'superuser' }, 'role'],
        [{ departmentId: 'x' }, 'departmentId'],
        [{ departmentId: '00000000-0000-4000-8000-000000000000' }, 'departmentId'],
        [{ isAdmin: true }, 'isAdmin'],
      ];
      for (const [override, field] of cases) {
        const body = {
          username: 'valid-name',
          password: 'long-enough',
          displayName: 'X',
          role: 'member',
          ...override,
        };
        const response = await suite.admin.post('/api/users', body).expect(400);
        expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(field);
      }
    });

    it('keep an administrator from deactivating or demoting themselves, naming the field', async () => {
      const deactivate = await suite.admin
        .patch(`/api/users/${suite.admin.user.id}`, { active: false })
        .expect(400);
      expect((deactivate.body as ApiErrorBody).details?.[0]?.field).toBe('active');
      const demote = await suite.admin
        .patch(`/api/users/${suite.admin.user.id}`, { role: 'leader' })
        .expect(400);
      expect((demote.body as ApiErrorBody).details).toEqual([
        { field: 'role', message: 'you cannot take away your own administrator role' },
      ]);
      const other = await suite.factory.user('admin');
      await suite.admin.patch(`/api/users/${other.user.id}`, { role: 'leader' }).expect(200);
      expect((await suite.admin.get('/api/me').expect(200)).body).toMatchObject({
        role: 'admin',
        active: true,
      });
    });

    it('refuse a taken username with 409 and non-admin writes with 403', async () => {
      const first = await suite.factory.user('leader');
      const taken = await suite.admin
        .post('/api/users', {
          username: first.user.username,
          password: 'long-enough',
          displayName: 'X',
          role: 'leader',
        })
        .expect(409);
      expect((taken.body as ApiErrorBody).details).toEqual([{ field: 'username', message: 'already taken' }]);
      await first
        .post('/api/users', { username: 'sneaky', password: 'long-enough', displayName: 'X', role: 'admin' })
        .expect(403);
      await first.patch(`/api/users/${first.user.id}`, { role: 'admin' }).expect(403);
      await suite.admin
        .patch('/api/users/00000000-0000-4000-8000-000000000000', { displayName: 'x' })
        .expect(404);
    });
  });
});
