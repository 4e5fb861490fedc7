import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Several API processes behind one address (REDIS_URL set): Socket.IO's Redis adapter carries every
 * broadcast to a room (a board, a user, a dashboard audience) and `fetchSockets()` across the processes,
 * and `serverSideEmit` between them (how each process hears of the others' committed events). Without
 * REDIS_URL the in-process adapter, as with one process.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly logger = new Logger(RedisIoAdapter.name);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(app: INestApplicationContext, redisUrl: string, keyPrefix: string) {
    super(app);
    // Commands wait while Redis is away and go out once it is back: a broadcast is late, not lost to
    // this process (clients that missed one meanwhile see the gap in seqs and catch up).
    this.publisher = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
    this.subscriber = this.publisher.duplicate();
    this.key = `${keyPrefix}socket.io`;
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
  }

  private readonly key: string;

  async connect(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(createAdapter(this.publisher, this.subscriber, { key: this.key }));
    return server;
  }

  /**
   * After the server has closed (its sockets' last presence told): QUIT lets what was sent be answered, so
   * no broadcast is left rejected by a connection cut under it.
   */
  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(
      [this.publisher, this.subscriber].map((client) =>
        client.quit().then(
          () => undefined,
          () => client.disconnect(),
        ),
      ),
    );
  }
}
