import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { describeUnexpectedError } from '../common/unexpected-error-log';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ADVISORY_LOCKS, ifUnlocked } from '../database/advisory-lock';
import { EscalationService } from '../reminders/escalation.service';
import { LightsService } from './lights.service';

/**
 * Runs the time-driven jobs (status lights, then escalation of overdue tasks) every `schedulerIntervalMs`
 * (0: never; tests call `tick()` themselves with a controlled clock). One tick at a time: a slow tick is
 * not overlapped by the next. With several API processes on one PostgreSQL, one tick at a time among
 * them all: a process runs a tick only while it holds an advisory lock (a process that dies lets go of it
 * with its connection); the others skip theirs. (Each light and reminder is also re-checked under its
 * board's lock, so even overlapping ticks would not send one twice.)
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulerService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<boolean> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lights: LightsService,
    private readonly escalation: EscalationService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulerIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.schedulerIntervalMs);
    this.timer.unref();
    void this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** @returns whether this process ran the jobs (false: another process was running them) */
  tick(): Promise<boolean> {
    this.running ??= this.runExclusively().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runExclusively(): Promise<boolean> {
    try {
      return (await ifUnlocked(this.dataSource, ADVISORY_LOCKS.schedulerTick, () => this.runJobs())).ran;
    } catch (error) {
      this.logger.error('Scheduled jobs could not take their turn', describeUnexpectedError(error));
      return false;
    }
  }

  private async runJobs(): Promise<void> {
    try {
      const changed = await this.lights.refreshAll();
      if (changed > 0) this.logger.log(`${changed} status lights changed`);
      // Lights first: escalation follows from tasks that have just turned overdue.
      const reminders = await this.escalation.run(this.clock.now());
      if (reminders.length > 0) this.logger.log(`${reminders.length} automatic reminders sent`);
    } catch (error) {
      this.logger.error('Scheduled jobs failed', describeUnexpectedError(error));
    }
  }
}
