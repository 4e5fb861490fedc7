import type { BoardJoinResult } from '@duban/contracts';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

const NOT_FOUND: BoardJoinResult = { ok: false, error: { code: 'not_found', message: 'Board not found' } };

describe('Live sockets follow changes to their user', () => {
  const suite = useTestApp();
  const { connect } = useLiveSockets(suite);

  /** A board restricted to one department, with a member of it who stays and watches. */
  async function restrictedBoard() {
    const department = await suite.factory.department();
    const board = await suite.factory.board({ departmentIds: [department.id] });
    const colleague = await connect(await suite.factory.user('member', department.id));
    expect(await joinBoard(colleague.socket, board.id)).toMatchObject({ ok: true });
    return { department, board, colleague: colleague.recorder };
  }

  it('takes a member moved to another department out of the old department board, for good', async () => {
    const { department, board, colleague } = await restrictedBoard();
    const elsewhere = await suite.factory.department();
    const member = await suite.factory.user('member', department.id);
    const { socket, recorder } = await connect(member);
    expect(await joinBoard(socket, board.id)).toMatchObject({ ok: true });
    await colleague.waitFor((seen) => seen.presence.at(-1)?.viewers.length === 2);

    await suite.admin.patch(`/api/users/${member.user.id}`, { departmentId: elsewhere.id }).expect(200);
    await recorder.waitFor((seen) => seen.revoked.length > 0);
    await colleague.waitFor((seen) => seen.presence.at(-1)?.viewers.length === 1);
    await suite.factory.task(board.id, { title: 'Only for the department' });
    await colleague.waitForEvents(1);

    expect(recorder.revoked).toEqual([board.id]);
    expect(recorder.events).toEqual([]);
    expect(await joinBoard(socket, board.id, 0)).toEqual(NOT_FOUND);
    await member.get(`/api/boards/${board.id}`).expect(404);
    // The socket itself lives on: it is the same session, only with less to see.
    expect(socket.connected).toBe(true);
  });

  it('takes a leader demoted to member of another department out of a restricted board', async () => {
    const { board, colleague } = await restrictedBoard();
    const elsewhere = await suite.factory.department();
    const leader = await suite.factory.user('leader', elsewhere.id);
    const { socket, recorder } = await connect(leader);
    expect(await joinBoard(socket, board.id)).toMatchObject({ ok: true });

    await suite.admin.patch(`/api/users/${leader.user.id}`, { role: 'member' }).expect(200);
    await recorder.waitFor((seen) => seen.revoked.length > 0);
    await suite.factory.task(board.id);
    await colleague.waitForEvents(1);

    expect(recorder.revoked).toEqual([board.id]);
    expect(recorder.events).toEqual([]);
    expect(await joinBoard(socket, board.id, 0)).toEqual(NOT_FOUND);
    // Told after the boards were re-checked, so a client that reads itself again sees the new role.
    await recorder.waitFor((seen) => seen.userChanged.length > 0);
    expect(recorder.userChanged).toEqual([leader.user.id]);
  });

  it('tells every socket of a promoted user, and only theirs, that their account changed', async () => {
    const member = await suite.factory.user('member', (await suite.factory.department()).id);
    const [tab, phone, bystander] = await Promise.all([
      connect(member),
      connect(member),
      connect(await suite.factory.user('member')),
    ]);

    await suite.admin.patch(`/api/users/${member.user.id}`, { role: 'supervisor' }).expect(200);
    await tab.recorder.waitFor((seen) => seen.userChanged.length > 0);
    await phone.recorder.waitFor((seen) => seen.userChanged.length > 0);
    // The account as it is now is what the client reads on the notice.
    expect((await member.get('/api/me').expect(200)).body).toMatchObject({ role: 'supervisor' });

    // A new name is a change to them too.
    await suite.admin.patch(`/api/users/${member.user.id}`, { displayName: 'Promoted' }).expect(200);
    await tab.recorder.waitFor((seen) => seen.userChanged.length === 2);
    expect(tab.recorder.userChanged).toEqual([member.user.id, member.user.id]);
    expect(bystander.recorder.userChanged).toEqual([]);
  });

  it('lets a member moved into the department join the board at once, on the socket they have', async () => {
    const { department, board } = await restrictedBoard();
    const member = await suite.factory.user('member', (await suite.factory.department()).id);
    const { socket } = await connect(member);
    expect(await joinBoard(socket, board.id)).toEqual(NOT_FOUND);

    await suite.admin.patch(`/api/users/${member.user.id}`, { departmentId: department.id }).expect(200);

    expect(await joinBoard(socket, board.id)).toMatchObject({ ok: true });
  });

  it('keeps a changed user in the boards they may still see, under their new name', async () => {
    const board = await suite.factory.board();
    const member = await suite.factory.user('member', (await suite.factory.department()).id);
    const { socket, recorder } = await connect(member);
    expect(await joinBoard(socket, board.id)).toMatchObject({ ok: true });

    await suite.admin
      .patch(`/api/users/${member.user.id}`, { displayName: 'Renamed', role: 'leader' })
      .expect(200);
    await recorder.waitFor((seen) => seen.presence.at(-1)?.viewers[0]?.displayName === 'Renamed');
    await suite.factory.task(board.id);
    await recorder.waitForEvents(1);

    expect(recorder.revoked).toEqual([]);
  });
});
