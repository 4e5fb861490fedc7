import type {
  AttachmentView,
  BoardView,
  CommentView,
  CreateTaskInput,
  DepartmentView,
  ImportMinutesResult,
  NotificationView,
  TaskView,
  UserRole,
  UserView,
} from '@duban/contracts';
import { randomBytes } from 'node:crypto';
import { ApiClient, type Factory } from '../testing/api-client';
import { samplePng, sampleText } from '../testing/sample-files';

export const ROLES: readonly UserRole[] = ['admin', 'supervisor', 'leader', 'member'];

/** The actor's department relative to the task (its lead department) and the restricted board. */
export type DepartmentSide = 'own' | 'other';
export type BoardKind = 'open' | 'restricted';

/** The password Factory.user gives every user it creates. */
export const FACTORY_PASSWORD = 'password-1234';

export interface Actor {
  label: string;
  client: ApiClient;
  user: UserView;
  side: DepartmentSide;
}

/**
 * The matrix's fixtures, made through the API by the administrator: two departments (`own` leads the tasks
 * and is the only one on the restricted board), an actor per role in each, an open and a restricted
 * board. Shared fixtures are made once; `fresh…` ones for calls that consume what they act on.
 */
export class AccessWorld {
  private readonly sharedTasks = new Map<BoardKind, Promise<TaskView>>();
  private readonly sharedComments = new Map<BoardKind, Promise<CommentView>>();
  private readonly sharedMinutesIds = new Map<BoardKind, Promise<string>>();
  private readonly sharedAttachments = new Map<BoardKind, Promise<AttachmentView>>();
  private notificationOfAuthor?: Promise<NotificationView>;

  private constructor(
    private readonly admin: ApiClient,
    private readonly factory: Factory,
    readonly own: DepartmentView,
    readonly other: DepartmentView,
    readonly actors: Actor[],
    readonly boards: Record<BoardKind, BoardView>,
    /** A spare department and user for the administration routes to change. */
    readonly spareDepartment: DepartmentView,
    readonly spareUser: UserView,
  ) {}

  static async create(admin: ApiClient, factory: Factory): Promise<AccessWorld> {
    const own = await factory.department();
    const other = await factory.department();
    const actors: Actor[] = [];
    for (const role of ROLES) {
      for (const side of ['own', 'other'] as const) {
        const client = await factory.user(role, (side === 'own' ? own : other).id);
        actors.push({ label: `${role} of the ${side} department`, client, user: client.user, side });
      }
    }
    const boards = {
      open: await factory.board(),
      restricted: await factory.board({ departmentIds: [own.id] }),
    };
    const spareUser = (await factory.user('member', other.id)).user;
    return new AccessWorld(admin, factory, own, other, actors, boards, await factory.department(), spareUser);
  }

  /** The member of the lead department: writes the comments and receives the notification. */
  get author(): Actor {
    const author = this.actors.find((actor) => actor.user.role === 'member' && actor.side === 'own');
    if (!author) throw new Error('The world has no member of the own department');
    return author;
  }

  /** A task led by the `own` department, made for this call (status and fields as given). */
  freshTask(board: BoardKind, input: Partial<CreateTaskInput> = {}): Promise<TaskView> {
    return this.factory.task(this.boards[board].id, { leadDepartmentId: this.own.id, ...input });
  }

  /** An unused department, for a call that deletes it. */
  freshDepartment(): Promise<DepartmentView> {
    return this.factory.department();
  }

  /** A to-do task led by the `own` department, for calls that read it or only add to it. */
  sharedTask(board: BoardKind): Promise<TaskView> {
    return cached(this.sharedTasks, board, () => this.freshTask(board));
  }

  /** The id of minutes the administrator imported into the board, with one task made from them. */
  sharedMinutes(board: BoardKind): Promise<string> {
    return cached(this.sharedMinutesIds, board, async () => {
      const text = 'Minutes\nIt is necessary to dredge the reservoir.';
      const drafts = [
        { title: 'Dredge the reservoir', description: '', sourceStart: 8, sourceEnd: text.length },
      ];
      const response = await this.admin
        .post(`/api/boards/${this.boards[board].id}/minutes`, { text, drafts })
        .expect(201);
      return (response.body as ImportMinutesResult).minutesId;
    });
  }

  async freshComment(board: BoardKind): Promise<CommentView> {
    const task = await this.sharedTask(board);
    const body = `Comment ${unique()}`;
    const response = await this.author.client.post(`/api/tasks/${task.id}/comments`, { body }).expect(201);
    return response.body as CommentView;
  }

  sharedComment(board: BoardKind): Promise<CommentView> {
    return cached(this.sharedComments, board, () => this.freshComment(board));
  }

  /** An image the administrator attached to the shared task (so it has a thumbnail), for reading calls. */
  sharedAttachment(board: BoardKind): Promise<AttachmentView> {
    return cached(this.sharedAttachments, board, async () => {
      const task = await this.sharedTask(board);
      const response = await this.admin.upload(task.id, await samplePng()).expect(201);
      return response.body as AttachmentView;
    });
  }

  /** A file the lead department's member attached to the shared task, for a call that removes it. */
  async freshAttachment(board: BoardKind): Promise<AttachmentView> {
    const task = await this.sharedTask(board);
    const response = await this.author.client.upload(task.id, sampleText()).expect(201);
    return response.body as AttachmentView;
  }

  /** A notification of the author's: an administrator @mentions them. */
  notification(): Promise<NotificationView> {
    this.notificationOfAuthor ??= (async () => {
      const task = await this.sharedTask('open');
      const body = `@${this.author.user.username} please look`;
      await this.admin.post(`/api/tasks/${task.id}/comments`, { body }).expect(201);
      const list = await this.author.client.get('/api/notifications').expect(200);
      return (list.body as { items: NotificationView[] }).items[0]!;
    })();
    return this.notificationOfAuthor;
  }

  /** Another session of the actor, for calls that end the session they are made with. */
  signInAgain(actor: Actor): Promise<ApiClient> {
    return ApiClient.login(this.admin.baseUrl, actor.user.username, FACTORY_PASSWORD);
  }

  /** A new user in the actor's role and department, for calls that change the caller's own account. */
  async lookalike(actor: Actor): Promise<ApiClient> {
    return this.factory.user(actor.user.role, actor.user.departmentId);
  }
}

function cached<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const unique = () => randomBytes(4).toString('hex');
