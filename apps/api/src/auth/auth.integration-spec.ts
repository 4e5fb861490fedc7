import { DEFAULT_USER_PREFERENCES, type ApiErrorBody, type LoginResult } from '@duban/contracts';
import request from 'supertest';
import { TEST_ADMIN } from '../testing/test-app';
import { useTestApp } from '../testing/use-test-app';

describe('Signing in', () => {
  const suite = useTestApp();

  it('gives a token and the user for the right password, case-insensitively by username', async () => {
    const response = await request(suite.testApp.url)
      .post('/api/auth/login')
      .send({ username: TEST_ADMIN.username.toUpperCase(), password: TEST_ADMIN.password })
      .expect(200);
    const body = response.body as LoginResult;
    expect(body.user).toMatchObject({ username: 'admin', role: 'admin', departmentId: null });
    expect(body.user).not.toHaveProperty('passwordHash');

    const me = await request(suite.testApp.url)
      .get('/api/me')
      .set('Authorization', `Bearer ${body.accessToken}`)
      .expect(200);
    expect(me.body).toEqual({ ...body.user, preferences: DEFAULT_USER_PREFERENCES });
  });

  it('refuses a wrong password or unknown user with the same 401', async () => {
    const wrong = await request(suite.testApp.url)
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'not-the-password' })
      .expect(401);
    const unknown = await request(suite.testApp.url)
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'whatever-password' })
      .expect(401);
    expect((wrong.body as ApiErrorBody).message).toBe('Wrong username or password');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('names the missing field', async () => {
    const response = await request(suite.testApp.url)
      .post('/api/auth/login')
      .send({ username: 'admin' })
      .expect(400);
    expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['password']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await request(suite.testApp.url)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": ')
      .expect(400);
    expect((response.body as ApiErrorBody).details).toEqual([{ field: 'body', message: expect.any(String) }]);
  });

  it('answers an oversized body with 413, not 500', async () => {
    const response = await request(suite.testApp.url)
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) })
      .expect(413);
    expect((response.body as ApiErrorBody).statusCode).toBe(413);
  });

  it('requires a valid token on every other route', async () => {
    await request(suite.testApp.url).get('/api/me').expect(401);
    await request(suite.testApp.url).get('/api/boards').set('Authorization', 'Bearer garbage').expect(401);
    const response = await request(suite.testApp.url).get('/api/departments').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'unauthenticated' });
  });

  it('reflects a role change at once, without signing in again', async () => {
    const { admin } = suite;
    const supervisor = await suite.factory.user('supervisor');
    await supervisor.post('/api/boards', { title: 'Allowed' }).expect(201);

    await admin.patch(`/api/users/${supervisor.user.id}`, { role: 'leader' }).expect(200);

    await supervisor.post('/api/boards', { title: 'No longer allowed' }).expect(403);
  });
});
