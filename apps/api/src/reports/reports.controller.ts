import type { BoardReporting, ReportView } from '@duban/contracts';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CreateReportDto } from './dto/report.dto';
import { ReportingService } from './reporting.service';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly reporting: ReportingService,
  ) {}

  /** The task's progress reports, newest first. */
  @Get('tasks/:taskId/reports')
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<ReportView[]> {
    return this.reports.list(user, taskId);
  }

  @Post('tasks/:taskId/reports')
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: CreateReportDto,
  ): Promise<ReportView> {
    return this.reports.create(user, taskId, body);
  }

  /** The current reporting period and the lead departments that have not reported for it yet. */
  @Get('boards/:boardId/reporting')
  boardReporting(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
  ): Promise<BoardReporting> {
    return this.reporting.forBoard(user, boardId);
  }
}
