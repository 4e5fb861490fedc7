import type { ApiErrorBody, LoginResult, UserView } from '@duban/contracts';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';
import { SessionEvents, type SessionEvent } from './session-events';

const PASSWORD = 'password-1234';

describe('Sessions', () => {
  const suite = useTestApp();
  let published: SessionEvent[];

  beforeAll(() => {
    suite.testApp.app.get(SessionEvents).events$.subscribe((event) => published.push(event));
  });
  beforeEach(() => {
    published = [];
  });

  const meStatus = async (client: ApiClient) => (await client.get('/api/me')).status;
  const signInAgain = (client: ApiClient, password = PASSWORD) =>
    ApiClient.login(suite.testApp.url, client.user.username, password);

  it('sign-out ends this session only: its token answers 401, another device stays signed in', async () => {
    const laptop = await suite.factory.user('member');
    const phone = await signInAgain(laptop);

    await laptop.post('/api/auth/logout').expect(204);

    expect(await meStatus(laptop)).toBe(401);
    expect(await meStatus(phone)).toBe(200);
    const sessionEnded = published.find((event) => event.type === 'sessions.ended');
    expect(sessionEnded).toEqual({
      type: 'sessions.ended',
      userId: laptop.user.id,
      sessionId: expect.any(String),
    });
    // Signing out twice is no way back in.
    await laptop.post('/api/auth/logout').expect(401);
  });

  describe('changing your own password', () => {
    it('ends every session of yours and answers a new token for this device', async () => {
      const laptop = await suite.factory.user('member');
      const phone = await signInAgain(laptop);

      const response = await laptop
        .post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'a-brand-new-password' })
        .expect(200);
      const result = response.body as LoginResult;

      expect(result.user).toEqual(laptop.user);
      expect(await meStatus(laptop)).toBe(401);
      expect(await meStatus(phone)).toBe(401);
      const renewed = new ApiClient(suite.testApp.url, result.accessToken, result.user);
      expect(await meStatus(renewed)).toBe(200);
      expect(published).toEqual([{ type: 'sessions.ended', userId: laptop.user.id }]);

      await request(suite.testApp.url)
        .post('/api/auth/login')
        .send({ username: laptop.user.username, password: PASSWORD })
        .expect(401);
      await signInAgain(laptop, 'a-brand-new-password');
    });

    it('refuses a wrong current password or a short new one, naming the field, and changes nothing', async () => {
      const member = await suite.factory.user('member');
      const wrong = await member
        .post('/api/me/password', { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' })
        .expect(400);
      expect((wrong.body as ApiErrorBody).details).toEqual([
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
      const short = await member
        .post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'short' })
        .expect(400);
      expect((short.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['newPassword']);

      expect(await meStatus(member)).toBe(200);
      expect(published).toEqual([]);
      await signInAgain(member);
    });
  });

  it("an administrator's password reset ends the user's sessions", async () => {
    const member = await suite.factory.user('member');
    await suite.admin.patch(`/api/users/${member.user.id}`, { password: 'reset-by-admin' }).expect(200);

    expect(await meStatus(member)).toBe(401);
    expect(published).toEqual([{ type: 'sessions.ended', userId: member.user.id }]);
    await signInAgain(member, 'reset-by-admin');
  });

  describe('deactivating an account', () => {
    it('ends its sessions and refuses its sign-in like a wrong password, until it is reactivated', async () => {
      const leaving = await suite.factory.user('member');

      const deactivated = await suite.admin
        .patch(`/api/users/${leaving.user.id}`, { active: false })
        .expect(200);
      expect((deactivated.body as UserView).active).toBe(false);
      expect(await meStatus(leaving)).toBe(401);
      expect(published).toEqual([{ type: 'sessions.ended', userId: leaving.user.id }]);

      const refused = await request(suite.testApp.url)
        .post('/api/auth/login')
        .send({ username: leaving.user.username, password: PASSWORD })
        .expect(401);
      const wrongPassword = await request(suite.testApp.url)
        .post('/api/auth/login')
        .send({ username: suite.admin.user.username, password: 'not-the-password' })
        .expect(401);
      expect(refused.body).toEqual(wrongPassword.body);
      // Still listed, so names in history and on tasks keep resolving.
      const users = (await suite.admin.get('/api/users').expect(200)).body as UserView[];
      expect(users.find((user) => user.id === leaving.user.id)?.active).toBe(false);

      await suite.admin.patch(`/api/users/${leaving.user.id}`, { active: true }).expect(200);
      expect((await signInAgain(leaving)).user.active).toBe(true);
    });

    it('is for administrators only, and never of themselves', async () => {
      const supervisor = await suite.factory.user('supervisor');
      const member = await suite.factory.user('member');
      await supervisor.patch(`/api/users/${member.user.id}`, { active: false }).expect(403);

      const self = await suite.admin
        .patch(`/api/users/${suite.admin.user.id}`, { active: false })
        .expect(400);
      expect((self.body as ApiErrorBody).details).toEqual([
        { field: 'active', message: 'you cannot deactivate your own account' },
      ]);
      const notBoolean = await suite.admin
        .patch(`/api/users/${member.user.id}`, { active: 'no' })
        .expect(400);
      expect((notBoolean.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['active']);
      expect(await meStatus(member)).toBe(200);
      expect(await meStatus(suite.admin)).toBe(200);
    });
  });

  it('tells live sockets of a role change without ending the session', async () => {
    const member = await suite.factory.user('member');
    await suite.admin.patch(`/api/users/${member.user.id}`, { role: 'leader' }).expect(200);

    expect(published).toEqual([{ type: 'user.changed', userId: member.user.id }]);
    expect((await member.get('/api/me').expect(200)).body).toMatchObject({ role: 'leader' });
  });

  it('are documented: sign-out, changing your own password, deactivation', async () => {
    const json = await request(suite.testApp.url).get('/api/docs-json').expect(200);
    const paths = json.body.paths as Record<
      string,
      Record<string, { summary?: string; description?: string }>
    >;
    expect(paths['/api/auth/logout']?.post?.summary).toMatch(/Sign out/);
    expect(paths['/api/me/password']?.post?.summary).toMatch(/own password/);
    expect(paths['/api/users/{id}']?.patch?.description).toMatch(/active: false/);
    expect(paths['/api/auth/login']?.post?.description).toMatch(/429/);
  });

  describe('refuses a well-signed token that does not name a running session', () => {
    const signed = (payload: object) =>
      suite.testApp.app.get(JwtService).signAsync({ exp: Math.floor(Date.now() / 1000) + 60, ...payload });
    const statusWith = async (token: string) =>
      (await request(suite.testApp.url).get('/api/me').set('Authorization', `Bearer ${token}`)).status;

    it('without a user or a session: never the first user in the table', async () => {
      const member = await suite.factory.user('member');
      expect(await statusWith(await signed({ sid: randomUUID() }))).toBe(401);
      expect(await statusWith(await signed({}))).toBe(401);
      // A token from before sessions existed: a real user, but no session.
      expect(await statusWith(await signed({ sub: member.user.id }))).toBe(401);
    });

    it('naming ids that are not UUIDs, or a session of someone else', async () => {
      const member = await suite.factory.user('member');
      expect(await statusWith(await signed({ sub: 'admin', sid: "1' OR '1'='1" }))).toBe(401);
      expect(await statusWith(await signed({ sub: 42, sid: ['x'] }))).toBe(401);

      const { sid } = suite.testApp.app.get(JwtService).decode<{ sid: string }>(member.token);
      expect(await statusWith(await signed({ sub: suite.admin.user.id, sid }))).toBe(401);
      expect(await statusWith(await signed({ sub: member.user.id, sid }))).toBe(200);
    });

    it('whose session has expired', async () => {
      const member = await suite.factory.user('member');
      await suite.testApp.dataSource.query(
        `UPDATE "sessions" SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1`,
        [member.user.id],
      );
      expect(await meStatus(member)).toBe(401);
    });
  });
});
