import { routes, type AuditVerification } from '@duban/contracts';
import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint(routes.verifyBoardAudit, {
    description:
      "Each event stores a SHA-256 over its content and the previous event's hash, so an edited, deleted " +
      'or reordered event breaks the chain from there on. Answers `{ ok, checked, firstBrokenSeq? }`: ' +
      '`checked` counts the events found intact from seq 1 on; when `ok` is false, `firstBrokenSeq` is ' +
      'the first seq that is missing (also at the end of the log) or whose content or link does not ' +
      'match. Anyone who may see the board may ask; 404 for a board the user may not see.',
  })
  verify(@CurrentUser() user: AuthUser, @UuidParam('boardId') boardId: string): Promise<AuditVerification> {
    return this.audit.verify(user, boardId);
  }
}
