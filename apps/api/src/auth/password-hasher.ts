import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Semaphore } from 'async-mutex';
import { randomBytes } from 'node:crypto';
import { RateLimitedError } from '../common/rate-limited-error';
import { hashPassword, verifyPassword } from './password';

/**
 * Argon2 is deliberately slow and memory-hungry (~19 MB, tens of ms each). Running every request's hash at
 * once lets a flood of logins starve the event loop's thread pool and memory, so at most this many run at
 * a time; the machine this targets has two cores.
 */
const CONCURRENT_HASHES = 2;
/** Beyond this many waiting, a caller is turned away at once rather than queued without bound. */
const MAX_WAITING = 32;

/** Every password hash and check in the API goes through here, bounded in concurrency and queue length. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private readonly semaphore = new Semaphore(CONCURRENT_HASHES);
  private waiting = 0;
  /** A hash of a random password, checked for unknown users so they cost the same time as known ones. */
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    // Made with today's parameters, so checking against it costs exactly what a real check costs.
    this.dummyHash = await hashPassword(randomBytes(16).toString('hex'));
  }

  hash(password: string): Promise<string> {
    return this.bounded(() => hashPassword(password));
  }

  /** False for a wrong password, and (after the same work) when there is no hash to check against. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const matches = await this.bounded(() => verifyPassword(passwordHash ?? this.dummyHash, password));
    return passwordHash !== null && matches;
  }

  private async bounded<T>(work: () => Promise<T>): Promise<T> {
    if (this.waiting >= MAX_WAITING) {
      throw new RateLimitedError('The server is busy checking passwords; try again in a moment', 1000);
    }
    this.waiting += 1;
    const [, release] = await this.semaphore.acquire().finally(() => {
      this.waiting -= 1;
    });
    try {
      return await work();
    } finally {
      release();
    }
  }
}
