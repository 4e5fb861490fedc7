/**
 * Which tasks changed in the last few moments, as a store each card subscribes to for its own task
 * (`useHighlighted`): a flash re-renders the one card it concerns, not every card on the board. One timer
 * sweeps every expired entry.
 */
export class Highlighter {
  private readonly expiries = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly durationMs: number) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly isHighlighted = (taskId: string): boolean => this.expiries.has(taskId);

  readonly flash = (taskId: string): void => {
    this.expiries.set(taskId, Date.now() + this.durationMs);
    this.publish();
    this.timer ??= setTimeout(this.sweep, this.durationMs);
  };

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly sweep = (): void => {
    this.timer = undefined;
    const now = Date.now();
    for (const [taskId, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(taskId);
    this.publish();
    const next = Math.min(...this.expiries.values());
    if (Number.isFinite(next)) this.timer = setTimeout(this.sweep, next - now);
  };

  private publish(): void {
    for (const listener of this.listeners) listener();
  }
}
