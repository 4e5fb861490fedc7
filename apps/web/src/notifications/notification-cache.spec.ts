import type { NotificationList, NotificationView } from '@duban/contracts';
import { notificationTarget, withAllRead, withNotification, withRead } from './notification-cache';

function notification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: 'n1',
    userId: 'u1',
    kind: 'reminder',
    boardId: 'b1',
    taskId: 't1',
    taskTitle: 'Clean up the river',
    message: 'Please report progress on the river clean-up.',
    deadline: null,
    actorId: 'u2',
    createdAt: '2031-03-01T08:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

const READ_AT = '2031-03-02T09:00:00.000Z';

describe('withNotification', () => {
  it('puts a live notification on top and counts it unread', () => {
    const older = notification({ id: 'old', readAt: READ_AT });
    const list: NotificationList = { items: [older], unread: 3 };
    const next = withNotification(list, notification({ id: 'new' }));
    expect(next.items.map((item) => item.id)).toEqual(['new', 'old']);
    expect(next.unread).toBe(4);
  });

  it('ignores one it already has, so socket and refetch never count it twice', () => {
    const list: NotificationList = { items: [notification()], unread: 1 };
    expect(withNotification(list, notification())).toBe(list);
  });

  it('keeps the list to its limit', () => {
    const list: NotificationList = {
      items: [notification({ id: 'a' }), notification({ id: 'b' })],
      unread: 2,
    };
    expect(withNotification(list, notification({ id: 'c' }), 2).items.map((item) => item.id)).toEqual([
      'c',
      'a',
    ]);
  });
});

describe('withRead', () => {
  it('marks one read and counts one fewer unread', () => {
    const list: NotificationList = { items: [notification(), notification({ id: 'n2' })], unread: 2 };
    const next = withRead(list, 'n1', READ_AT);
    expect(next.items.map((item) => item.readAt)).toEqual([READ_AT, null]);
    expect(next.unread).toBe(1);
  });

  it('changes nothing for one already read or not listed', () => {
    const list: NotificationList = { items: [notification({ readAt: READ_AT })], unread: 5 };
    expect(withRead(list, 'n1', '2031-04-01T00:00:00.000Z')).toBe(list);
    expect(withRead(list, 'elsewhere', READ_AT)).toBe(list);
  });
});

describe('withAllRead', () => {
  it('marks every unread one read and leaves earlier read times alone', () => {
    const earlier = '2031-01-01T00:00:00.000Z';
    const list: NotificationList = {
      items: [notification(), notification({ id: 'n2', readAt: earlier })],
      unread: 7,
    };
    const next = withAllRead(list, READ_AT);
    expect(next.items.map((item) => item.readAt)).toEqual([READ_AT, earlier]);
    expect(next.unread).toBe(0);
  });
});

describe('notificationTarget', () => {
  it('leads to the task panel over its board, or to the board without a task', () => {
    expect(notificationTarget({ boardId: 'b1', taskId: 't1' })).toBe('/boards/b1/tasks/t1');
    expect(notificationTarget({ boardId: 'b1', taskId: null })).toBe('/boards/b1');
  });
});
