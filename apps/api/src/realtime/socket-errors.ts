import type { ConnectErrorData, SocketError } from '@duban/contracts';
import type { Logger } from '@nestjs/common';
import type { ZodType } from 'zod';
import { toApiError } from '../common/api-exception.filter';
import { describeUnexpectedError } from '../common/unexpected-error-log';

/** A message body as the schema reads it; a ZodError (a `validation_failed` ack naming the field) if not. */
export function parseMessage<T>(schema: ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw result.error;
  return result.data;
}

/** The ack error for any failure, with the same code and fields an HTTP response would carry. */
export function socketError(error: unknown, logger: Logger): SocketError {
  const body = toApiError(error);
  if (body.statusCode >= 500) logger.error(describeUnexpectedError(error));
  return {
    code: body.code ?? 'internal_error',
    message: body.message,
    ...(body.details ? { details: body.details } : {}),
  };
}

/** The error a refused handshake reports as `connect_error`: the message starts with the code. */
export function connectError(error: unknown, logger: Logger): Error & { data: ConnectErrorData } {
  const data = socketError(error, logger);
  return Object.assign(new Error(`${data.code}: ${data.message}`), { data });
}
