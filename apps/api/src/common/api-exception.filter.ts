import type { ApiErrorBody, ErrorCode, FieldError } from '@duban/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { DomainError, httpStatusOf } from './domain-error';
import { databaseInputError } from './postgres-errors';
import { RateLimitedError } from './rate-limited-error';
import { describeUnexpectedError } from './unexpected-error-log';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'version_conflict',
  500: 'internal_error',
};

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function fieldErrorsOf(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : (unknownKeysField(issue) ?? '(body)'),
    message: issue.message,
  }));
}

function unknownKeysField(issue: ZodError['issues'][number]): string | undefined {
  return issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : undefined;
}

function validationBody(details: FieldError[]): ApiErrorBody {
  const summary = details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
  return {
    statusCode: 400,
    error: 'Bad Request',
    code: 'validation_failed',
    message: `Invalid input: ${summary}`,
    details,
  };
}

/** Turns every error into the API's one error shape; anything unexpected is logged and becomes a 500. */
export function toApiError(exception: unknown): ApiErrorBody {
  const databaseError = databaseInputError(exception);
  if (databaseError) return toApiError(databaseError);
  if (exception instanceof DomainError) {
    const status = httpStatusOf(exception.code);
    return {
      statusCode: status,
      error: reasonPhrase(status),
      code: exception.code,
      message: exception.message,
      ...(exception.details ? { details: exception.details } : {}),
      ...(exception.current !== undefined ? { current: exception.current } : {}),
      ...(exception instanceof RateLimitedError ? { retryAfterSeconds: exception.retryAfterSeconds } : {}),
    };
  }
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError();
    if (zodError instanceof ZodError) return validationBody(fieldErrorsOf(zodError));
  }
  if (exception instanceof ZodError) return validationBody(fieldErrorsOf(exception));
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? String(response.message)
        : exception.message;
    // Nest reports a body that is not JSON as a bare 400: the field at fault is the body itself.
    if (status === 400) return validationBody([{ field: 'body', message }]);
    return { statusCode: status, error: reasonPhrase(status), code: CODE_BY_STATUS[status], message };
  }
  if (isClientHttpError(exception)) {
    // body-parser's errors (too large, bad encoding…) reach the filter as plain http-errors.
    const { status, message } = exception;
    return {
      statusCode: status,
      error: reasonPhrase(status),
      code: 'validation_failed',
      message: `body: ${message}`,
      details: [{ field: 'body', message }],
    };
  }
  return {
    statusCode: 500,
    error: 'Internal Server Error',
    code: 'internal_error',
    message: 'Internal server error',
  };
}

function isClientHttpError(error: unknown): error is Error & { status: number } {
  if (!(error instanceof Error) || !('status' in error) || !('expose' in error)) return false;
  const { status, expose } = error as { status: unknown; expose: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = toApiError(exception);
    if (body.statusCode >= 500) this.logger.error(describeUnexpectedError(exception));
    // A value PostgreSQL refused is the client's 400, but also a gap in our schemas: worth a look.
    else if (databaseInputError(exception)) this.logger.warn(describeUnexpectedError(exception));
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    if (body.retryAfterSeconds !== undefined)
      response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.statusCode).json(body);
  }
}
