import { canManageTasks, type MinutesPreview, type MinutesPreviewInput } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { minutesYear, previewMinutes, type DepartmentKeywords } from './decisions';

/**
 * Pasted minutes split into drafts (`decisions/`), with the departments an administrator gave keywords to.
 * Nothing is stored: the office reviews the drafts and imports them (`MinutesService.import`).
 */
@Injectable()
export class MinutesPreviewService {
  constructor(
    private readonly boards: BoardsService,
    private readonly departments: DepartmentsService,
    private readonly clock: Clock,
  ) {}

  async preview(user: AuthUser, input: MinutesPreviewInput): Promise<MinutesPreview> {
    if (input.boardId) await this.boards.getVisible(user, input.boardId);
    if (!canManageTasks(user))
      throw DomainError.forbidden('Only supervisors and administrators create tasks from minutes');
    // Deadlines without a year ("by the end of October") fall in the year the minutes are dated.
    const year = minutesYear(input.text) ?? Number(this.clock.today().slice(0, 4));
    return previewMinutes(input.text, { year, departments: await this.assignable() });
  }

  /** The departments a draft may suggest: those not archived, with their keywords. */
  private async assignable(): Promise<DepartmentKeywords[]> {
    const all = await this.departments.list();
    return all
      .filter((department) => !department.archived)
      .map(({ id, name, keywords }) => ({ id, name, keywords }));
  }
}
