import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Clock } from '../common/clock';
import { describeUnexpectedError } from '../common/unexpected-error-log';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EscalationService } from '../reminders/escalation.service';
import { LightsService } from './lights.service';

/**
 * Runs the time-driven jobs (status lights, then escalation of overdue tasks) every `schedulerIntervalMs` (0: never; tests call `tick()` themselves with a
 * controlled clock). One tick at a time: a slow tick is not overlapped by the next.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulerService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lights: LightsService,
    private readonly escalation: EscalationService,
    private readonly clock: Clock,
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

  tick(): Promise<void> {
    this.running ??= this.runJobs().finally(() => (this.running = undefined));
    return this.running;
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
