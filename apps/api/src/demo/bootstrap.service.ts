import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, ConfigError, type AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { ADVISORY_LOCKS, whileLocked } from '../database/advisory-lock';
import { loadedDemoLanguage } from './demo-data';
import { seedDemoWorkspace } from './demo-workspace';

const DEMO_LANGUAGE_NAMES = { en: 'English', zh: 'Chinese' } as const;

/** Makes an empty database usable: the demo workspace, or the first administrator from the environment. */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /** One process at a time: processes started together on an empty database do not both seed it. */
  async onApplicationBootstrap(): Promise<void> {
    await whileLocked(this.dataSource, ADVISORY_LOCKS.bootstrap, () => this.makeUsable());
  }

  private async makeUsable(): Promise<void> {
    const empty = (await this.users.count()) === 0;
    if (empty && this.config.demo) {
      await seedDemoWorkspace(this.dataSource, this.clock.now(), this.config.demoLanguage);
      this.logger.log(
        `Loaded the demo workspace in ${DEMO_LANGUAGE_NAMES[this.config.demoLanguage]} (DEMO_LANG=${this.config.demoLanguage}); ` +
          'all demo users have the password "duban-demo"',
      );
    }
    if (!empty && this.config.demo) await this.warnIfDemoIsInAnotherLanguage();
    const { admin } = this.config;
    if (admin && !(await this.users.findByUsername(admin.username))) {
      await this.users.create(null, {
        username: admin.username,
        password: admin.password,
        displayName: 'Administrator',
        role: 'admin',
        departmentId: null,
      });
      this.logger.log(`Created the administrator "${admin.username}" from ADMIN_USERNAME`);
    }
    if ((await this.users.count()) === 0) {
      throw new ConfigError(
        'The database has no users. Set ADMIN_USERNAME and ADMIN_PASSWORD to create the first administrator, or DEMO=1 to load the demo workspace.',
      );
    }
  }

  /** DEMO_LANG only chooses the language of a demo still to be loaded: say so when it asks for another. */
  private async warnIfDemoIsInAnotherLanguage(): Promise<void> {
    const supervisor = await this.users.findByUsername('supervisor');
    const loaded = supervisor ? loadedDemoLanguage(supervisor.displayName) : null;
    const wanted = this.config.demoLanguage;
    if (loaded === null || loaded === wanted) return;
    const where = this.config.databaseUrl === null ? `data folder ${this.config.dataDir}` : 'database';
    this.logger.warn(
      `The demo workspace in this ${where} was loaded in ${DEMO_LANGUAGE_NAMES[loaded]}; DEMO_LANG=${wanted} ` +
        `applies only when the demo loads into an empty database. To see it in ${DEMO_LANGUAGE_NAMES[wanted]}, ` +
        'stop the server, move the data folder aside (or use an empty database) and start again.',
    );
  }
}
