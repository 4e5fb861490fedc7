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
