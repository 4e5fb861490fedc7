import { automaticNoticeKey } from './automatic-notice';

describe('automaticNoticeKey', () => {
  it('builds its own text for what the system sent, with the missed deadline when known', () => {
    expect(automaticNoticeKey({ kind: 'reminder', actorId: null, deadline: '2021-06-30' })).toBe('reminder');
    expect(automaticNoticeKey({ kind: 'escalation', actorId: null, deadline: '2021-06-30' })).toBe(
      'escalation',
    );
    expect(automaticNoticeKey({ kind: 'reminder', actorId: null, deadline: null })).toBe('reminderUndated');
    expect(automaticNoticeKey({ kind: 'escalation', actorId: null, deadline: null })).toBe(
      'escalationUndated',
    );
  });

  it('shows what a person wrote as they wrote it', () => {
    expect(automaticNoticeKey({ kind: 'reminder', actorId: 'u-wang', deadline: '2021-06-30' })).toBeNull();
    expect(automaticNoticeKey({ kind: 'mention', actorId: 'u-li', deadline: null })).toBeNull();
  });
});
