import type { ClientToServerEvents, SocketError } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

type ClientMessage = keyof ClientToServerEvents;

/**
 * How many of each message one socket may send: a person clicks far below these; a script does not.
 * `presence:editing` allows a burst of 10 per second; joins answer with up to MAX_MISSED_EVENTS events.
 */
export const SOCKET_MESSAGE_LIMITS: Record<ClientMessage, { points: number; durationSeconds: number }> = {
  'board:join': { points: 20, durationSeconds: 10 },
  'board:leave': { points: 20, durationSeconds: 10 },
  'presence:editing': { points: 10, durationSeconds: 1 },
  // Sent on opening the dashboard and after each reconnect: a handful a minute at most.
  'dashboard:watch': { points: 10, durationSeconds: 10 },
  'dashboard:unwatch': { points: 10, durationSeconds: 10 },
};

/** A socket that keeps sending after this many refusals in the window is disconnected. */
export const MAX_REFUSALS = { points: 200, durationSeconds: 10 };

export type RateVerdict = { allowed: true } | { allowed: false; error: SocketError; disconnect: boolean };

/**
 * Per-socket message budgets, kept in this process: the limits are about one connection, which lives in
 * one process whatever the adapter.
 */
@Injectable()
export class SocketRateLimiter {
  private readonly limiters = new Map<ClientMessage, RateLimiterMemory>(
    Object.entries(SOCKET_MESSAGE_LIMITS).map(([message, limit]) => [
      message as ClientMessage,
      new RateLimiterMemory({ keyPrefix: message, points: limit.points, duration: limit.durationSeconds }),
    ]),
  );
  private readonly refusals = new RateLimiterMemory({
    keyPrefix: 'refusals',
    points: MAX_REFUSALS.points,
    duration: MAX_REFUSALS.durationSeconds,
  });

  async consume(socketId: string, message: ClientMessage): Promise<RateVerdict> {
    try {
      await this.limiterOf(message).consume(socketId);
      return { allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterMs = Math.max(1, Math.ceil(rejection.msBeforeNext));
      const error: SocketError = {
        code: 'rate_limited',
        message: `Too many ${message} messages; try again in ${retryAfterMs} ms`,
        retryAfterMs,
      };
      return { allowed: false, error, disconnect: !(await this.tolerates(socketId)) };
    }
  }

  /** Frees the budgets of a socket that has gone. */
  async forget(socketId: string): Promise<void> {
    await Promise.all([...this.limiters.values(), this.refusals].map((limiter) => limiter.delete(socketId)));
  }

  private async tolerates(socketId: string): Promise<boolean> {
    return this.refusals.consume(socketId).then(
      () => true,
      () => false,
    );
  }

  private limiterOf(message: ClientMessage): RateLimiterMemory {
    const limiter = this.limiters.get(message);
    if (!limiter) throw new Error(`No rate limit for ${message}`);
    return limiter;
  }
}
