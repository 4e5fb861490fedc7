import { RateLimitedError } from '../common/rate-limited-error';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  let hasher: PasswordHasher;

  beforeAll(async () => {
    hasher = new PasswordHasher();
    await hasher.onModuleInit();
  });

  it('checks a password against its hash, and says no (after the same work) when there is no hash', async () => {
    const passwordHash = await hasher.hash('correct horse');
    expect(await hasher.verify(passwordHash, 'correct horse')).toBe(true);
    expect(await hasher.verify(passwordHash, 'wrong horse')).toBe(false);
    expect(await hasher.verify(null, 'correct horse')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'correct horse')).toBe(false);
  });

  it('queues a burst up to a bound and turns the rest away at once with a retry time', async () => {
    const passwordHash = await hasher.hash('correct horse');
    const burst = await Promise.allSettled(
      Array.from({ length: 40 }, () => hasher.verify(passwordHash, 'correct horse')),
    );

    const checked = burst.filter((result) => result.status === 'fulfilled');
    const refused = burst.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as unknown] : [],
    );
    expect(checked).toHaveLength(32);
    expect(checked.every((result) => result.value)).toBe(true);
    expect(refused).toHaveLength(8);
    expect(refused.every((error) => error instanceof RateLimitedError && error.retryAfterSeconds === 1)).toBe(
      true,
    );
    // The queue drains: the next caller is served.
    expect(await hasher.verify(passwordHash, 'correct horse')).toBe(true);
  });
});
