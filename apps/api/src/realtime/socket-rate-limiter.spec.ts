import { MAX_REFUSALS, SOCKET_MESSAGE_LIMITS, SocketRateLimiter } from './socket-rate-limiter';

describe('SocketRateLimiter', () => {
  const burst = SOCKET_MESSAGE_LIMITS['presence:editing'].points;

  async function send(limiter: SocketRateLimiter, count: number, socketId = 'socket-1') {
    const verdicts = [];
    for (let index = 0; index < count; index++) {
      verdicts.push(await limiter.consume(socketId, 'presence:editing'));
    }
    return verdicts;
  }

  it('allows a burst, then refuses with how long to wait', async () => {
    const verdicts = await send(new SocketRateLimiter(), burst + 1);

    expect(verdicts.slice(0, burst).every((verdict) => verdict.allowed)).toBe(true);
    const refused = verdicts[burst];
    expect(refused).toMatchObject({ allowed: false, disconnect: false, error: { code: 'rate_limited' } });
    const retryAfterMs = refused?.allowed === false ? refused.error.retryAfterMs : undefined;
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(1000);
  });

  it('keeps each socket and each message to its own budget', async () => {
    const limiter = new SocketRateLimiter();
    await send(limiter, burst + 1);

    expect((await send(limiter, 1, 'socket-2'))[0]?.allowed).toBe(true);
    expect((await limiter.consume('socket-1', 'board:join')).allowed).toBe(true);
  });

  it('asks to disconnect a socket that goes on after too many refusals', async () => {
    const verdicts = await send(new SocketRateLimiter(), burst + MAX_REFUSALS.points + 1);

    const disconnects = verdicts.map((verdict) => !verdict.allowed && verdict.disconnect);
    expect(disconnects.indexOf(true)).toBe(burst + MAX_REFUSALS.points);
  });

  it('forgets a socket that has gone', async () => {
    const limiter = new SocketRateLimiter();
    await send(limiter, burst + 1);
    await limiter.forget('socket-1');

    expect((await send(limiter, 1))[0]?.allowed).toBe(true);
  });
});
