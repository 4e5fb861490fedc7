import type {
  BoardView,
  CreateBoardInput,
  CreateTaskInput,
  CreateUserInput,
  DepartmentView,
  LoginResult,
  TaskView,
  UserRole,
  UserView,
} from '@duban/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { TEST_ADMIN } from './test-app';

/** A signed-in user and the calls they make, for stories told through the public API. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
    readonly user: UserView,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<ApiClient> {
    const response = await request(baseUrl).post('/api/auth/login').send({ username, password }).expect(200);
    const body = response.body as LoginResult;
    return new ApiClient(baseUrl, body.accessToken, body.user);
  }

  static loginAdmin(baseUrl: string): Promise<ApiClient> {
    return ApiClient.login(baseUrl, TEST_ADMIN.username, TEST_ADMIN.password);
  }

  get(path: string) {
    return request(this.baseUrl).get(path).set('Authorization', `Bearer ${this.token}`);
  }

  post(path: string, body?: object) {
    return request(this.baseUrl).post(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  patch(path: string, body?: object) {
    return request(this.baseUrl).patch(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  delete(path: string) {
    return request(this.baseUrl).delete(path).set('Authorization', `Bearer ${this.token}`);
  }

  /** Attaches a file to a task (multipart: `fields` first, then the file in `file`). */
  upload(taskId: string, file: UploadedFile, fields: Record<string, string> = {}) {
    let call = request(this.baseUrl)
      .post(`/api/tasks/${taskId}/attachments`)
      .set('Authorization', `Bearer ${this.token}`);
    for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
    return call.attach('file', file.bytes, {
      filename: file.name,
      contentType: file.contentType ?? 'application/octet-stream',
    });
  }

  /** A file's bytes as served, whole (for small files; the big-file spec streams). */
  download(path: string) {
    return this.get(path)
      .buffer(true)
      .parse((response, done) => {
        const pieces: Buffer[] = [];
        response.on('data', (piece: Buffer) => pieces.push(piece));
        response.on('end', () => done(null, Buffer.concat(pieces)));
      });
  }
}

/** A file as a client sends it: its name, bytes and the type the client claims (the server reads its own). */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
  contentType?: string;
}

const uniqueSuffix = () => randomBytes(4).toString('hex');

/** Test data made through the API by an administrator, with unique names so tests never collide. */
export class Factory {
  constructor(private readonly admin: ApiClient) {}

  async department(name = `Department ${uniqueSuffix()}`): Promise<DepartmentView> {
    return (await this.admin.post('/api/departments', { name }).expect(201)).body as DepartmentView;
  }

  /** A new user, signed in. */
  async user(role: UserRole, departmentId: string | null = null): Promise<ApiClient> {
    const input: CreateUserInput = {
      username: `${role}-${uniqueSuffix()}`,
      password: 'password-1234',
      displayName: `Test ${role}`,
      role,
      departmentId,
    };
    await this.admin.post('/api/users', input).expect(201);
    return ApiClient.login(this.admin.baseUrl, input.username, input.password);
  }

  async board(input: Partial<CreateBoardInput> = {}, by: ApiClient = this.admin): Promise<BoardView> {
    const body = { title: `Board ${uniqueSuffix()}`, ...input };
    return (await by.post('/api/boards', body).expect(201)).body as BoardView;
  }

  async task(
    boardId: string,
    input: Partial<CreateTaskInput> = {},
    by: ApiClient = this.admin,
  ): Promise<TaskView> {
    const body = { title: `Task ${uniqueSuffix()}`, ...input };
    return (await by.post(`/api/boards/${boardId}/tasks`, body).expect(201)).body as TaskView;
  }
}
