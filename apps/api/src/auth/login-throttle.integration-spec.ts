import type { ApiErrorBody } from '@duban/contracts';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startTestApp, TEST_ADMIN, type TestApp } from '../testing/test-app';
import { useTestApp } from '../testing/use-test-app';
import { LOGIN_LIMITS } from './login-throttle';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** A made-up client address: the apps here trust the loopback proxy, i.e. the test, to say where it is. */
const anAddress = () => `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`;
const USER_PASSWORD = 'password-1234';
const anUnknownUser = () => `nobody-${randomBytes(4).toString('hex')}`;

function login(testApp: TestApp, username: string, password: string, address: string) {
  return request(testApp.url)
    .post('/api/auth/login')
    .set('X-Forwarded-For', address)
    .send({ username, password });
}

async function failTimes(testApp: TestApp, times: number, username: string, address: string) {
  for (let attempt = 0; attempt < times; attempt += 1) {
    await login(testApp, username, 'not-the-password', address).expect(401);
  }
}

function expectRateLimited(response: request.Response, atMostSeconds: number): void {
  const body = response.body as ApiErrorBody;
  expect(body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
  expect(body.retryAfterSeconds).toBeGreaterThan(0);
  expect(body.retryAfterSeconds).toBeLessThanOrEqual(atMostSeconds);
  expect(response.headers['retry-after']).toBe(String(body.retryAfterSeconds));
}

describe('Login throttling', () => {
  describe('in one process', () => {
    const suite = useTestApp({ trustProxy: ['loopback'] });

    it('refuses an account after 10 failures, even the right password, without slowing others', async () => {
      const address = anAddress();
      await failTimes(suite.testApp, LOGIN_LIMITS.account.points, TEST_ADMIN.username, address);

      const blocked = await login(suite.testApp, TEST_ADMIN.username, TEST_ADMIN.password, address).expect(
        429,
      );
      expectRateLimited(blocked, LOGIN_LIMITS.account.duration);
      // The account is blocked from everywhere, and case does not make it another account.
      await login(suite.testApp, 'ADMIN', TEST_ADMIN.password, anAddress()).expect(429);
      // Other accounts from the same address are not.
      await failTimes(suite.testApp, 1, anUnknownUser(), address);
    });

    it('counts consecutive failures: a success starts the account afresh', async () => {
      const { username } = (await suite.factory.user('member')).user;
      const address = anAddress();
      const almost = LOGIN_LIMITS.account.points - 1;
      await failTimes(suite.testApp, almost, username, address);
      await login(suite.testApp, username, USER_PASSWORD, address).expect(200);
      await failTimes(suite.testApp, almost, username, address);
      await login(suite.testApp, username, USER_PASSWORD, address).expect(200);
    });

    it('refuses an address after 100 failures across accounts; other addresses sign in', async () => {
      const { username } = (await suite.factory.user('member')).user;
      const guesser = anAddress();
      const attempts = Array.from({ length: LOGIN_LIMITS.address.points }, () =>
        login(suite.testApp, anUnknownUser(), 'guess', guesser),
      );
      const statuses = (await Promise.all(attempts)).map((response) => response.status);
      expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);

      expectRateLimited(
        await login(suite.testApp, username, USER_PASSWORD, guesser).expect(429),
        LOGIN_LIMITS.address.duration,
      );
      await login(suite.testApp, username, USER_PASSWORD, anAddress()).expect(200);
    });
  });

  describe('with Redis, across processes', () => {
    const redisKeyPrefix = `duban-test-${randomBytes(6).toString('hex')}:`;
    let first: TestApp;
    let second: TestApp;

    beforeAll(async () => {
      // Both processes share one Redis; a prefix of their own keeps other runs' counts out.
      const shared = {
        trustProxy: ['loopback'],
        redisUrl: REDIS_URL,
        redisKeyPrefix,
      };
      first = await startTestApp(shared);
      second = await startTestApp(shared);
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
    });

    it('shares the count: failures on either process block the account on both', async () => {
      const address = anAddress();
      const half = LOGIN_LIMITS.account.points / 2;
      await failTimes(first, half, TEST_ADMIN.username, address);
      await failTimes(second, half, TEST_ADMIN.username, address);

      expectRateLimited(
        await login(first, TEST_ADMIN.username, TEST_ADMIN.password, address).expect(429),
        LOGIN_LIMITS.account.duration,
      );
      await login(second, TEST_ADMIN.username, TEST_ADMIN.password, anAddress()).expect(429);

      // The count lives in Redis (not in a fallback in each process's memory).
      const redis = new Redis(REDIS_URL);
      try {
        expect(await redis.exists(`${redisKeyPrefix}login:account:${TEST_ADMIN.username}`)).toBe(1);
      } finally {
        await redis.quit();
      }
    });
  });
});
