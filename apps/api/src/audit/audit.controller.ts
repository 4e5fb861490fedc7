import type { AuditVerification } from '@duban/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('boards/:boardId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  verify(@CurrentUser() user: AuthUser, @UuidParam('boardId') boardId: string): Promise<AuditVerification> {
    return this.audit.verify(user, boardId);
  }
}
