import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { hostileKeys, hostileValues, RawJson } from './hostile-values';

/** The client-to-server messages of libs/contracts/src/protocol.ts, with the fields each one takes. */
export const SOCKET_MESSAGES = {
  'board:join': ['boardId', 'afterSeq'],
  'board:leave': ['boardId'],
  'presence:editing': ['boardId', 'taskId'],
} as const;
export type SocketMessage = keyof typeof SOCKET_MESSAGES;

/** One generated emit: a payload, maybe extra arguments, with or without an ack callback. */
export interface HostileEmit {
  message: SocketMessage;
  args: unknown[];
  withAck: boolean;
}

/**
 * Socket.IO serializes with JSON.stringify, so raw JSON parts become their parsed value; nesting is capped
 * because socket.io-client walks the payload recursively before sending it.
 */
function socketValue(value: unknown): unknown {
  if (value instanceof RawJson) return value.text.length > 4_000 ? [[['deep']]] : JSON.parse(value.text);
  if (Array.isArray(value)) return value.map(socketValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, socketValue(item)]));
  }
  return value;
}

function payloads(message: SocketMessage, boardIds: string[], taskIds: string[]): fc.Arbitrary<unknown> {
  const fields = SOCKET_MESSAGES[message];
  const realIds = fc.constantFrom(...boardIds, ...taskIds);
  const field = fc.oneof(fc.constantFrom(...fields), hostileKeys);
  const shaped = fc
    .tuple(fc.constantFrom(...boardIds), fc.option(realIds, { nil: null }), field, hostileValues)
    .map(([boardId, taskId, key, value]) => ({ boardId, taskId, [key]: value }));
  return fc.oneof(
    { arbitrary: shaped, weight: 4 },
    { arbitrary: hostileValues, weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

export function hostileEmits(
  message: SocketMessage,
  boardIds: string[],
  taskIds: string[],
): fc.Arbitrary<HostileEmit> {
  return fc.record({
    message: fc.constant(message),
    args: fc.oneof(
      { arbitrary: fc.constant<unknown[]>([]), weight: 1 },
      {
        arbitrary: fc
          .tuple(payloads(message, boardIds, taskIds), fc.array(hostileValues, { maxLength: 2 }))
          .map(([payload, extra]) => [payload, ...extra].map(socketValue)),
        weight: 8,
      },
    ),
    withAck: fc.boolean(),
  });
}

/** What the server answered: an ack, nothing (no ack asked), or why no ack came. */
export type EmitOutcome =
  { kind: 'ack'; value: unknown } | { kind: 'sent' } | { kind: 'no-ack'; reason: string };

/** Sends the emit as an untyped client would; an ack must come within the timeout. */
export async function emitHostile(
  socket: Socket,
  emit: HostileEmit,
  timeoutMs = 3_000,
): Promise<EmitOutcome> {
  if (!emit.withAck) {
    socket.emit(emit.message, ...emit.args);
    return { kind: 'sent' };
  }
  try {
    const value: unknown = await socket.timeout(timeoutMs).emitWithAck(emit.message, ...emit.args);
    return { kind: 'ack', value };
  } catch (error) {
    return { kind: 'no-ack', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** `{ok: true, …}` or `{ok: false, error: {code, message}}`: the shape of every ack in the protocol. */
export function isProtocolAck(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || !('ok' in value)) return false;
  if (value.ok === true) return true;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error as { code?: unknown; message?: unknown } | null;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}
