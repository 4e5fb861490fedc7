import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentChunkEntity } from './attachment.entity';

/** The size of one stored piece: small enough to read one at a time, big enough for few rows. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Files in PostgreSQL (the embedded database too), as rows of at most 256 KB in `attachment_chunks`.
 * Each piece is written and read by a short statement of its own, never one long transaction: the
 * embedded database serves one connection, which a slow upload or download must not hold.
 */
@Injectable()
export class PostgresAttachmentStorage extends AttachmentStorage {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async write(attachmentId: string, source: AsyncIterable<Buffer>): Promise<void> {
    let n = 0;
    for await (const piece of rechunk(source, CHUNK_BYTES)) {
      await this.dataSource.query(
        'INSERT INTO "attachment_chunks" ("attachmentId", "n", "data") VALUES ($1, $2, $3)',
        [attachmentId, n, piece],
      );
      n += 1;
    }
  }

  async *read(attachmentId: string): AsyncIterable<Buffer> {
    // Keyset reads, one piece per statement.
    for (let n = 0; ; n += 1) {
      const rows = await this.dataSource.query<{ data: Buffer }[]>(
        'SELECT "data" FROM "attachment_chunks" WHERE "attachmentId" = $1 AND "n" = $2',
        [attachmentId, n],
      );
      const row = rows[0];
      if (!row) return;
      yield row.data;
    }
  }

  async delete(attachmentId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).delete(AttachmentChunkEntity, { attachmentId });
  }
}

/** Regroups a stream of buffers of any size into pieces of exactly `size` bytes (the last one shorter). */
export async function* rechunk(source: AsyncIterable<Buffer>, size: number): AsyncIterable<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const buffer of source) {
    let offset = 0;
    while (offset < buffer.length) {
      const take = Math.min(size - pendingBytes, buffer.length - offset);
      pending.push(buffer.subarray(offset, offset + take));
      pendingBytes += take;
      offset += take;
      if (pendingBytes === size) {
        yield Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}
