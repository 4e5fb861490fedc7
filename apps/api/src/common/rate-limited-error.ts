import { DomainError } from './domain-error';

/** Too many attempts: HTTP 429 whose body and `Retry-After` header say when to try again. */
export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterMs: number) {
    super('rate_limited', message);
    // Whole seconds, at least one: Retry-After has no fractions, and "0" would invite an instant retry.
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}
