import { routes, type AdminActivityEntry } from '@duban/contracts';
import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { AdminAuditService } from './admin-audit.service';
import { AdminActivityQueryDto } from './dto/admin-activity-query.dto';

@ApiTags('administration')
@Controller()
export class AdminAuditController {
  constructor(private readonly audit: AdminAuditService) {}

  @Endpoint(routes.listAdminActivity, {
    description:
      'Administrators only (403 otherwise). Departments created, renamed, archived, restored, deleted; users ' +
      'created, renamed, given another role or department, password reset, deactivated, reactivated: who, ' +
      'when, what, the value before and after. Never a password. Page back with `before` = the last id.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: AdminActivityQueryDto): Promise<AdminActivityEntry[]> {
    return this.audit.list(user, query);
  }
}
