import type { Response } from 'supertest';

export type WriteKind = 'create' | 'move' | 'comment';

/**
 * One write sent during the storm, and what became of it:
 * - acknowledged: a 2xx answer arrived, so the server had committed it;
 * - unanswered: the connection died (the server was killed) before an answer, so it may or may not be there;
 * - refused: an answer other than 2xx, which this storm never expects.
 */
export interface WriteAttempt {
  kind: WriteKind;
  /** What finds it again: a created task's title, a comment's body, a moved task's id. */
  marker: string;
  /** Sent while the server was still up (the kill came after), rather than refused at the door. */
  sentBeforeKill: boolean;
  state: 'pending' | 'acknowledged' | 'unanswered' | 'refused';
  /** The 2xx answer's body, or a refusal's status and body. */
  answer?: unknown;
}

/**
 * Many writes from several clients at once, and a kill that lands among them: after the `killAfter`-th
 * acknowledgement the server is killed at once, while other writes are still on their way.
 */
export class WriteStorm {
  readonly attempts: WriteAttempt[] = [];
  private acknowledgements = 0;
  private killed = false;

  constructor(
    private readonly killAfter: number,
    private readonly kill: () => void,
  ) {}

  /** False once the server was killed: lanes stop sending. */
  get running(): boolean {
    return !this.killed;
  }

  async send(kind: WriteKind, marker: string, request: () => PromiseLike<Response>): Promise<WriteAttempt> {
    const attempt: WriteAttempt = { kind, marker, sentBeforeKill: !this.killed, state: 'pending' };
    this.attempts.push(attempt);
    try {
      const response = await request();
      if (response.status >= 200 && response.status < 300) this.acknowledge(attempt, response.body);
      else
        Object.assign(attempt, {
          state: 'refused',
          answer: { status: response.status, body: response.body },
        });
    } catch {
      attempt.state = 'unanswered';
    }
    return attempt;
  }

  /** Writes the server was working on when it died: sent before the kill and never answered. */
  inFlightAtKill(): WriteAttempt[] {
    return this.attempts.filter((attempt) => attempt.sentBeforeKill && attempt.state === 'unanswered');
  }

  private acknowledge(attempt: WriteAttempt, body: unknown): void {
    attempt.state = 'acknowledged';
    attempt.answer = body;
    this.acknowledgements += 1;
    if (this.acknowledgements === this.killAfter) {
      this.killed = true;
      this.kill();
    }
  }
}
