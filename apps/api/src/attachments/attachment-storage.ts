import type { EntityManager } from 'typeorm';

/**
 * Where files' bytes live. PostgreSQL by default (`PostgresAttachmentStorage`): every API process shares
 * them, and a database backup holds them. Object storage can take its place behind this interface.
 *
 * Bytes go in and out as streams of pieces: nothing here holds a whole file in memory.
 */
export abstract class AttachmentStorage {
  /**
   * Stores the pieces of `source` under the file's id as they come (each piece stored before the next is
   * read, so a slow store slows the upload instead of filling memory).
   */
  abstract write(attachmentId: string, source: AsyncIterable<Buffer>): Promise<void>;

  /** The stored bytes, in order. */
  abstract read(attachmentId: string): AsyncIterable<Buffer>;

  /** Deletes the bytes, in the caller's transaction when given one. */
  abstract delete(attachmentId: string, manager?: EntityManager): Promise<void>;
}
