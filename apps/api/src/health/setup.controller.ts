import { routes, type SetupInfo } from '@duban/contracts';
import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, demoLoginsIn } from '../demo/demo-data';

@ApiTags('health')
@Controller()
export class SetupController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Endpoint(routes.setup, {
    description: 'Public: lets the sign-in page offer the demo logins; empty when not in demo mode.',
  })
  info(): SetupInfo {
    if (!this.config.demo) return { demo: false, demoLogins: [], demoPassword: null };
    return {
      demo: true,
      demoLogins: demoLoginsIn(this.config.demoLanguage).map(({ username, displayName, role }) => ({
        username,
        displayName,
        role,
      })),
      demoPassword: DEMO_PASSWORD,
    };
  }
}
