import {
  DEFAULT_BOARD_SETTINGS,
  fieldChanges,
  reportDayProblem,
  type BoardSettings,
  type UpdateBoardInput,
  type BoardCounts,
  type FieldChange,
  type BoardSnapshot,
  type BoardSummary,
  type BoardView,
  type CreateBoardInput,
  type ListBoardsQuery,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { canCreateBoard, canSeeBoard } from '@duban/contracts';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { TaskQueries } from '../tasks/task-queries';
import { BoardSettingsChanges } from './board-settings-changes';
import { BoardEntity } from './board.entity';

const NO_TASKS: BoardCounts = { total: 0, done: 0, overdue: 0 };

@Injectable()
export class BoardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BoardEntity) private readonly boards: Repository<BoardEntity>,
    private readonly departments: DepartmentsService,
    private readonly changes: BoardChangeService,
    private readonly settingsChanges: BoardSettingsChanges,
    private readonly tasks: TaskQueries,
    private readonly clock: Clock,
  ) {}

  /**
   * The boards the user may see whose title contains `q` (any case, any script); archived boards are left
   * out unless `archived` asks for them.
   */
  async list(user: AuthUser, query: Partial<ListBoardsQuery> = {}): Promise<BoardSummary[]> {
    const select = this.boards.createQueryBuilder('board').orderBy('board.createdAt', 'ASC');
    const archived = query.archived ?? 'exclude';
    if (archived === 'exclude') select.andWhere('board.archivedAt IS NULL');
    if (archived === 'only') select.andWhere('board.archivedAt IS NOT NULL');
    if (query.q) select.andWhere(`board.title ILIKE :pattern ESCAPE '\\'`, { pattern: containing(query.q) });
    const rows = await select.getMany();
    const visible = rows.filter((board) => canSeeBoard(user, board));
    const counts = await this.tasks.countByBoard(visible.map((board) => board.id));
    return visible.map((board) => ({ ...toBoardView(board), counts: counts.get(board.id) ?? NO_TASKS }));
  }

  /** The board and its first event, `board.created` (seq 1), commit together: who created it, and as what. */
  async create(user: AuthUser, input: CreateBoardInput): Promise<BoardView> {
    if (!canCreateBoard(user))
      throw DomainError.forbidden('Only supervisors and administrators create boards');
    assertWeekday({ ...DEFAULT_BOARD_SETTINGS, ...input.settings });
    const departmentIds = [...new Set(input.departmentIds ?? [])];
    await this.departments.assertExist(departmentIds, 'departmentIds');
    const id = randomUUID();
    const insert = async (manager: EntityManager) => {
      await manager.insert(BoardEntity, {
        id,
        title: input.title,
        description: input.description ?? '',
        source: input.source ?? '',
        departmentIds,
        settings: input.settings ?? {},
        seq: 0,
        createdById: user.id,
      });
    };
    const { result } = await this.changes.create(id, user.id, insert, async (manager) => {
      const board = toBoardView(await manager.findOneByOrFail(BoardEntity, { id }));
      const changes = fieldChanges('board', null, board);
      return { result: board, event: { type: 'board.created', data: board, changes } };
    });
    return result;
  }

  /**
   * A board change like any other: recorded as `board.updated` with its before/after, and sent live.
   * A change that leaves every setting as it was records nothing. Once committed, a change of settings is
   * announced (see BoardSettingsChanges): the due-soon days decide the tasks' lights.
   *
   * `archived` archives the board (`board.archived`) or restores it (`board.restored`). An archived board
   * refuses every change (BoardChangeService) but the one that restores it.
   */
  async update(user: AuthUser, boardId: string, input: UpdateBoardInput): Promise<BoardView> {
    await this.getVisible(user, boardId);
    if (!canCreateBoard(user))
      throw DomainError.forbidden('Only supervisors and administrators change boards');
    if (input.departmentIds) await this.departments.assertExist(input.departmentIds, 'departmentIds');
    const restores = { restoresArchived: input.archived === false };
    const { result, event } = await this.changes.apply(
      boardId,
      user.id,
      async (manager) => {
        // The row is locked (the change took its seq), so the settings merged here are the latest.
        const board = await manager.findOneByOrFail(BoardEntity, { id: boardId });
        const { settings, archived, ...fields } = input;
        const patch: Partial<BoardEntity> = { ...fields };
        if (settings) patch.settings = { ...board.settings, ...settings };
        if (input.departmentIds) patch.departmentIds = [...new Set(input.departmentIds)];
        if (archived !== undefined && archived !== (board.archivedAt !== null))
          patch.archivedAt = archived ? this.clock.now() : null;
        assertWeekday({ ...DEFAULT_BOARD_SETTINGS, ...board.settings, ...patch.settings });
        // An empty body sets nothing (and TypeORM refuses an UPDATE without values).
        if (Object.keys(patch).length > 0) await manager.update(BoardEntity, { id: boardId }, patch);
        const before = toBoardView(board);
        const after = toBoardView(await manager.findOneByOrFail(BoardEntity, { id: boardId }));
        const changes = fieldChanges('board', before, after);
        const type = boardChangeType(before, after);
        if (changes.length === 0 && type === 'board.updated') return { result: null, event: null };
        return { result: after, event: { type, data: after, changes } };
      },
      restores,
    );
    if (result && event && result.archivedAt === null) this.announceSettingsChanged(result, event.changes);
    // Saving the board as it was is no change: nothing is recorded and the board reads as before.
    return result ?? toBoardView(await this.getVisible(user, boardId));
  }

  private announceSettingsChanged(board: BoardView, changes: readonly FieldChange[]): void {
    const changed = changes
      .map((change) => change.field)
      .filter((field): field is keyof BoardSettings => Object.keys(DEFAULT_BOARD_SETTINGS).includes(field));
    if (changed.length > 0)
      this.settingsChanges.announce({ boardId: board.id, changed, settings: board.settings });
  }

  /**
   * Every board in use (not archived), or those of the given ids, with no access check: for the system's
   * own work (the scheduler's lights and escalations), never for a user's request. Archived boards are
   * read-only, for the system too.
   */
  async findAll(ids?: readonly string[]): Promise<BoardView[]> {
    const rows = await this.boards.find({
      where: ids ? { id: In([...ids]), archivedAt: IsNull() } : { archivedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toBoardView);
  }

  /** The board if the user may see it; a board they may not see does not exist for them (404). */
  async getVisible(user: AuthUser, boardId: string): Promise<BoardEntity> {
    const board = await this.boards.findOneBy({ id: boardId });
    if (!board || !canSeeBoard(user, board)) throw DomainError.notFound('Board');
    return board;
  }

  /** Board, tasks and seq read in one repeatable-read transaction, so the seq matches the tasks exactly. */
  async snapshot(user: AuthUser, boardId: string): Promise<BoardSnapshot> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const board = await manager.findOneBy(BoardEntity, { id: boardId });
      if (!board || !canSeeBoard(user, board)) throw DomainError.notFound('Board');
      const tasks = await this.tasks.forSnapshot(manager, boardId);
      return { board: toBoardView(board), tasks, seq: Number(board.seq) };
    });
  }
}

/** Archiving and restoring are events of their own; any other change is `board.updated`. */
function boardChangeType(
  before: BoardView,
  after: BoardView,
): 'board.updated' | 'board.archived' | 'board.restored' {
  if (before.archivedAt === null && after.archivedAt !== null) return 'board.archived';
  if (before.archivedAt !== null && after.archivedAt === null) return 'board.restored';
  return 'board.updated';
}

/** A LIKE pattern for titles containing `text` as typed: its own %, _ and \ match themselves. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The settings as they would be after the change: a weekly cadence names a weekday. */
function assertWeekday(settings: BoardSettings): void {
  const problem = reportDayProblem(settings);
  if (problem) throw DomainError.invalidField('settings.reportDay', problem);
}

export function toBoardView(board: BoardEntity): BoardView {
  return {
    id: board.id,
    title: board.title,
    description: board.description,
    source: board.source,
    departmentIds: board.departmentIds,
    settings: { ...DEFAULT_BOARD_SETTINGS, ...board.settings },
    seq: Number(board.seq),
    createdAt: board.createdAt.toISOString(),
    archivedAt: board.archivedAt?.toISOString() ?? null,
  };
}
