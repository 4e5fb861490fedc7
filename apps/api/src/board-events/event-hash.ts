import { createHash } from 'node:crypto';

/** The prevHash of a board's first event: there is nothing before it to link to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything a reader of the log sees, except the hashes themselves. */
export interface HashedEventContent {
  boardId: string;
  seq: number;
  type: string;
  actorId: string | null;
  at: Date;
  data: unknown;
  /** Null for events recorded before the log kept field changes: left out, so their hashes still hold. */
  changes?: unknown;
}

/**
 * SHA-256 (hex) over the previous event's hash and the event's canonical JSON, so changing, removing or
 * reordering any event breaks every link after it.
 */
export function hashEvent(prevHash: string, event: HashedEventContent): string {
  const content = canonicalJson({
    // PostgreSQL returns uuid columns in lowercase, whatever case they were written in.
    boardId: event.boardId.toLowerCase(),
    seq: event.seq,
    type: event.type,
    actorId: event.actorId === null ? null : event.actorId.toLowerCase(),
    at: event.at.toISOString(),
    data: event.data,
    ...(event.changes === null || event.changes === undefined ? {} : { changes: event.changes }),
  });
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

/**
 * JSON with every object's keys in code-unit order, recursively; arrays keep their order. jsonb reorders
 * keys and drops `undefined` on storage, so the value is first taken through JSON exactly as it is stored.
 */
export function canonicalJson(value: unknown): string {
  const stored: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  return writeCanonical(stored);
}

function writeCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(writeCanonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const members = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${writeCanonical((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}
