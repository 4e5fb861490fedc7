import { routes, type InstructionList } from '@duban/contracts';
import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { InstructionsQueryDto } from './dto/instructions-query.dto';
import { InstructionsService } from './instructions.service';

@ApiTags('comments')
@Controller()
export class InstructionsController {
  constructor(private readonly instructions: InstructionsService) {}

  @Endpoint(routes.listInstructions, {
    description:
      'Instructions on every board in use the caller may see, or on `boardId` (404 when the caller may not ' +
      'see it); `awaiting=true` keeps those awaiting response; `waitingDays` in the `tz` zone (400 naming ' +
      '`tz` for an unknown zone). Each with its task, board, lead department, leader and response.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: InstructionsQueryDto): Promise<InstructionList> {
    return this.instructions.list(user, query);
  }
}
