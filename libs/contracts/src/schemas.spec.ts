import { createTaskSchema, moveTaskSchema, updateTaskSchema } from './tasks';
import { createUserSchema } from './users';

describe('task schemas', () => {
  it('accept a minimal task and reject unknown fields', () => {
    expect(createTaskSchema.parse({ title: '  Relocate enterprises  ' })).toEqual({
      title: 'Relocate enterprises',
    });
    const result = createTaskSchema.safeParse({ title: 'x', owner: 'me' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['owner'] });
  });

  it('check calendar dates, progress bounds and uuids', () => {
    const result = createTaskSchema.safeParse({
      title: 'x',
      deadline: '2021-02-29',
      progress: 100.5,
      assigneeIds: ['nope'],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'assigneeIds.0',
      'deadline',
      'progress',
    ]);
    expect(createTaskSchema.safeParse({ title: 'x', deadline: '2024-02-29', progress: 100 }).success).toBe(
      true,
    );
  });

  it('require the version on update and move', () => {
    expect(updateTaskSchema.safeParse({ title: 'x' }).error?.issues[0]?.path).toEqual(['version']);
    expect(moveTaskSchema.safeParse({ status: 'done', afterTaskId: null, version: 3 }).success).toBe(true);
    expect(moveTaskSchema.safeParse({ status: 'archived', afterTaskId: null, version: 3 }).success).toBe(
      false,
    );
  });
});

describe('user schema', () => {
  it('allows letters, digits, "_", "-" and "." in usernames', () => {
    const valid = { password: 'long-enough', displayName: 'X', role: 'member' };
    expect(createUserSchema.safeParse({ ...valid, username: 'li.ming_2-b' }).success).toBe(true);
    expect(createUserSchema.safeParse({ ...valid, username: 'li ming' }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...valid, username: 'li@ming' }).success).toBe(false);
  });
});
