import {
  calendarDateIn,
  daysBetween,
  type InstructionItem,
  type InstructionList,
  type InstructionsQuery,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, IsNull, LessThan, Repository, type FindOptionsWhere } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DepartmentsService } from '../departments/departments.service';
import { UsersService } from '../users/users.service';
import { CommentEntity } from './comment.entity';

/**
 * Leader instructions (领导批示) read across tasks and boards: the dashboard's list of those awaiting
 * response, and a board's instructions of a period with their responses (the bulletin, 督办通报). Giving and
 * answering one is a comment (CommentsService).
 */
@Injectable()
export class InstructionsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    private readonly boards: BoardsService,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /**
   * `GET /api/instructions`: on every board in use the caller may see, or on `boardId` (404 when they may
   * not see it), oldest first.
   */
  async list(user: AuthUser, query: InstructionsQuery): Promise<InstructionList> {
    const boardIds =
      query.boardId !== undefined
        ? [(await this.boards.getVisible(user, query.boardId)).id]
        : (await this.boards.list(user)).map((board) => board.id);
    const now = this.clock.now();
    if (boardIds.length === 0) return { asOf: now.toISOString(), items: [] };
    const where: FindOptionsWhere<CommentEntity> = { boardId: In(boardIds), kind: 'instruction' };
    if (query.awaiting === 'true') where.responseCommentId = IsNull();
    const rows = await this.read(where);
    return { asOf: now.toISOString(), items: await this.describe(rows, now, query.tz ?? null) };
  }

  /**
   * The board's instructions given from `fromInstant` (included) to `toInstant` (excluded), oldest first,
   * each with its response if it has one (whenever it came). The caller checks that its user may see the
   * board. `waitingDays` counts calendar days in `timeZone` (null: the server's), up to now while awaiting.
   */
  async forBoardPeriod(
    boardId: string,
    fromInstant: Date,
    toInstant: Date,
    timeZone: string | null = null,
  ): Promise<InstructionItem[]> {
    if (toInstant <= fromInstant) return [];
    const rows = await this.read({
      boardId,
      kind: 'instruction',
      createdAt: Between(fromInstant, new Date(toInstant.getTime() - 1)),
    });
    return this.describe(rows, this.clock.now(), timeZone);
  }

  /** When `authorId` last gave an instruction on each of these tasks (tasks without one left out). */
  async latestBy(authorId: string, taskIds: readonly string[]): Promise<Map<string, Date>> {
    if (taskIds.length === 0) return new Map();
    const rows = await this.comments
      .createQueryBuilder('comment')
      .select('comment.taskId', 'taskId')
      .addSelect('MAX(comment.createdAt)', 'latest')
      .where({ authorId, kind: 'instruction', taskId: In([...taskIds]) })
      .groupBy('comment.taskId')
      .getRawMany<{ taskId: string; latest: Date | string }>();
    return new Map(rows.map((row) => [row.taskId, new Date(row.latest)]));
  }

  /** How many instructions on the board were given before `instant` and still await response. */
  countAwaiting(boardId: string, instant: Date = this.clock.now()): Promise<number> {
    return this.comments.countBy({
      boardId,
      kind: 'instruction',
      responseCommentId: IsNull(),
      createdAt: LessThan(instant),
    });
  }

  private read(where: FindOptionsWhere<CommentEntity>): Promise<CommentEntity[]> {
    return this.comments.find({
      where,
      relations: { task: { board: true } },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async describe(
    rows: CommentEntity[],
    now: Date,
    timeZone: string | null,
  ): Promise<InstructionItem[]> {
    const responseIds = rows.flatMap((row) =>
      row.responseCommentId === null ? [] : [row.responseCommentId],
    );
    const [responses, departmentNames, users] = await Promise.all([
      responseIds.length === 0 ? [] : this.comments.findBy({ id: In(responseIds) }),
      this.departments.namesOf(rows.map((row) => row.task?.leadDepartmentId ?? null)),
      this.users.list(),
    ]);
    const responseBodies = new Map(responses.map((response) => [response.id, response.body]));
    const names = new Map(users.map((person) => [person.id, person.displayName]));
    const today = calendarDateIn(now, timeZone);
    return rows.map((row): InstructionItem => {
      const task = row.task!;
      const leadDepartmentId = task.leadDepartmentId;
      const answered =
        row.responseCommentId !== null && row.respondedById !== null && row.respondedAt !== null
          ? {
              commentId: row.responseCommentId,
              authorId: row.respondedById,
              authorName: names.get(row.respondedById) ?? '',
              at: row.respondedAt.toISOString(),
              body: responseBodies.get(row.responseCommentId) ?? '',
            }
          : null;
      const until = answered === null ? today : calendarDateIn(new Date(answered.at), timeZone);
      return {
        id: row.id,
        taskId: row.taskId,
        taskTitle: task.title,
        boardId: row.boardId,
        boardTitle: task.board?.title ?? '',
        leadDepartmentId,
        leadDepartmentName:
          leadDepartmentId === null ? null : (departmentNames.get(leadDepartmentId) ?? null),
        leaderId: row.authorId,
        leaderName: names.get(row.authorId) ?? '',
        body: row.body,
        givenAt: row.createdAt.toISOString(),
        response: answered,
        waitingDays: Math.max(0, daysBetween(calendarDateIn(row.createdAt, timeZone), until)),
      };
    });
  }
}
