import {
  boardJoinSchema,
  boardLeaveSchema,
  dashboardUnwatchSchema,
  dashboardWatchSchema,
  presenceEditingSchema,
  type ClientToServerEvents,
} from '@duban/contracts';
import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { z, type ZodType } from 'zod';
import { hostileValues, RawJson } from './hostile-values';
import type { JsonSchema } from './openapi-routes';
import { mutatedObject, validValue, type IdPool } from './schema-arbitraries';

/** Every client-to-server message of the protocol with its schema: a new message does not compile until added. */
export const SOCKET_MESSAGES: Record<keyof ClientToServerEvents, ZodType> = {
  'board:join': boardJoinSchema,
  'board:leave': boardLeaveSchema,
  'presence:editing': presenceEditingSchema,
  'dashboard:watch': dashboardWatchSchema,
  'dashboard:unwatch': dashboardUnwatchSchema,
};
export type SocketMessage = keyof ClientToServerEvents;

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

function payloads(message: SocketMessage, pool: IdPool): fc.Arbitrary<unknown> {
  const schema = z.toJSONSchema(SOCKET_MESSAGES[message]) as JsonSchema;
  return fc.oneof(
    { arbitrary: mutatedObject(schema, pool), weight: 4 },
    { arbitrary: validValue(schema, pool, '', true), weight: 3 },
    { arbitrary: hostileValues, weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** Emits of one message: payloads from its schema (one field hostile, or sneaky, or any value), odd args. */
export function hostileEmits(message: SocketMessage, pool: IdPool): fc.Arbitrary<HostileEmit> {
  return fc.record({
    message: fc.constant(message),
    // Extra arguments are rarer: with them the payload is refused outright, never reaching the handler.
    args: fc
      .tuple(
        payloads(message, pool),
        fc.oneof(
          { arbitrary: fc.constant([]), weight: 3 },
          { arbitrary: fc.array(hostileValues, { minLength: 1, maxLength: 2 }), weight: 1 },
        ),
      )
      .map(([payload, extra]) => (payload === undefined && extra.length === 0 ? [] : [payload, ...extra]))
      .map((args) => args.map(socketValue)),
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
