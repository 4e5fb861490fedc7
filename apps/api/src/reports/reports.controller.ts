import { routes, type BoardReporting, type ReportView } from '@duban/contracts';
import { Body, Controller } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CreateReportDto } from './dto/report.dto';
import { ReportingService } from './reporting.service';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly reporting: ReportingService,
  ) {}

  @Endpoint(routes.listReports, {
    description: '404 when the task does not exist or is on a board the user may not see.',
  })
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<ReportView[]> {
    return this.reports.list(user, taskId);
  }

  @Endpoint(routes.createReport, {
    description:
      "Members of the task's lead or cooperating departments, supervisors and administrators report; the " +
      "report records the author's department. The lead department answers for the task, so its latest " +
      "report (or a supervisor's) sets the task's `progress`; cooperating departments' reports stand " +
      "beside it without changing it. The report counts for the board's current reporting period (see " +
      '`GET /api/boards/{boardId}/reporting`). 404 when the task does not exist or is on a board the user ' +
      'may not see.',
  })
  @ApiCreatedResponse({ description: 'The report as recorded.' })
  @ApiForbiddenResponse({
    description:
      "The user is a leader, is not in one of the task's departments, or the task is closed. The message " +
      'says which.',
  })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: CreateReportDto,
  ): Promise<ReportView> {
    return this.reports.create(user, taskId, body);
  }

  @Endpoint(routes.boardReporting, {
    description:
      "The period follows the board's `reportCadence` (weekly: the ISO week; monthly: the calendar month; " +
      '`period` is null and nothing is missing when the board has none). `missing` lists, per lead ' +
      'department, its open tasks on the board without a report from that department dated in the period. ' +
      '404 for a board the user may not see.',
  })
  boardReporting(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
  ): Promise<BoardReporting> {
    return this.reporting.forBoard(user, boardId);
  }
}
