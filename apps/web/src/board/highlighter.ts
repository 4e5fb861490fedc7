/**
 * Which tasks changed in the last few moments. One timer sweeps every expired entry, so a burst of
 * events costs one update per event rather than two.
 */
export class Highlighter {
  private readonly expiries = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onChange: (changed: ReadonlySet<string>) => void,
    private readonly durationMs: number,
  ) {}

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
    this.onChange(new Set(this.expiries.keys()));
  }
}
