import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RateLimitedError } from '../common/rate-limited-error';

/**
 * Failed sign-ins allowed before further attempts are refused with 429:
 * - per account: 10 in 15 minutes. A person who mistypes gets ten tries; a guesser gets 40 an hour, far too
 *   few for any password the API accepts (8+ characters). It can lock the real user out for up to 15 minutes,
 *   the usual price of per-account limits; the window is short so that costs little.
 * - per client address: 100 in an hour, so one machine cannot spread guesses across many accounts. Offices
 *   behind one NAT share it, which is why it is ten accounts' worth and why successes do not count.
 */
export const LOGIN_LIMITS = {
  account: { points: 10, duration: 15 * 60 },
  address: { points: 100, duration: 60 * 60 },
} as const;

/** Whose attempt this is: the account (username, lower-cased) and the client address it came from. */
export interface LoginAttempt {
  account: string;
  address: string;
}

/**
 * Counts failed sign-ins per account and per address (rate-limiter-flexible), in Redis when REDIS_URL is set
 * so every API process shares the counts, else in this process's memory. An attempt takes a point before
 * the password is checked, so parallel guesses cannot slip past the count; a success gives it back.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis | null;
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false })
      : null;
    const prefix = `${config.redisKeyPrefix}login`;
    this.byAccount = this.limiter(`${prefix}:account`, LOGIN_LIMITS.account);
    this.byAddress = this.limiter(`${prefix}:address`, LOGIN_LIMITS.address);
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    // Without Redis the limits still hold per process (the insurance limiter), so start anyway.
    this.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    await this.redis.connect().catch((error: Error) => {
      this.logger.warn(`Redis unavailable (${error.message}); counting failed sign-ins in memory`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis?.status === 'ready') await this.redis.quit();
    else this.redis?.disconnect();
  }

  /** Counts the attempt; throws 429 (without any password check) when the account or address is blocked. */
  async begin({ account, address }: LoginAttempt): Promise<void> {
    const results = await Promise.allSettled([
      this.byAccount.consume(account),
      this.byAddress.consume(address),
    ]);
    const refusals = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as unknown] : [],
    );
    if (refusals.length === 0) return;
    const waitMs = Math.max(
      ...refusals.map((reason) => {
        if (reason instanceof RateLimiterRes) return reason.msBeforeNext;
        throw reason;
      }),
    );
    throw new RateLimitedError('Too many failed sign-ins; wait before trying again', waitMs);
  }

  /** A right password: the account starts afresh and the address gets its point back. */
  async succeeded({ account, address }: LoginAttempt): Promise<void> {
    await Promise.all([this.byAccount.delete(account), this.byAddress.reward(address, 1)]);
  }

  private limiter(keyPrefix: string, limit: { points: number; duration: number }): RateLimiterAbstract {
    if (!this.redis) return new RateLimiterMemory({ keyPrefix, ...limit });
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix,
      ...limit,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, ...limit }),
    });
  }
}
