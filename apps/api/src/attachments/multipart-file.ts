import { ATTACHMENT_FILE_FIELD } from '@duban/contracts';
import busboy from 'busboy';
import type { Request } from 'express';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError } from '../common/domain-error';

export interface IncomingFile {
  /** The name it was sent under, without any folder, control characters or excess length. */
  name: string;
  /** The form's other fields, those sent before the file. */
  fields: Record<string, string>;
  /** The file's bytes as they arrive. */
  stream: Readable;
}

const NEEDS_MULTIPART = `Send the file as multipart/form-data in the field \`${ATTACHMENT_FILE_FIELD}\``;

/**
 * Reads a multipart/form-data request up to its one file: resolves with the fields sent before it and the
 * file as a stream (the rest of the request is read as the stream is). Fields must come before the file,
 * as browsers send a FormData built in that order.
 */
export function readMultipartFile(request: Request): Promise<IncomingFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        // Browsers send a non-ASCII file name as UTF-8 bytes.
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, fieldSize: 1000, parts: 12 },
      });
    } catch {
      reject(DomainError.invalidField(ATTACHMENT_FILE_FIELD, NEEDS_MULTIPART));
      return;
    }
    const fields: Record<string, string> = {};
    let settled = false;
    const fail = (error: DomainError) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      if (settled) {
        stream.resume();
        return;
      }
      if (field !== ATTACHMENT_FILE_FIELD) {
        stream.resume();
        fail(DomainError.invalidField(ATTACHMENT_FILE_FIELD, `${NEEDS_MULTIPART}, not \`${field}\``));
        return;
      }
      settled = true;
      resolve({ name: cleanFileName(info.filename), fields, stream });
    });
    parser.on('error', () => fail(DomainError.invalidField(ATTACHMENT_FILE_FIELD, NEEDS_MULTIPART)));
    parser.on('close', () =>
      fail(DomainError.invalidField(ATTACHMENT_FILE_FIELD, `No file: ${NEEDS_MULTIPART}`)),
    );
    request.pipe(parser);
  });
}

/**
 * Lets a request the server has already answered (or is about to refuse) finish arriving, so the client
 * reads the answer instead of a reset connection; gives up on a client that sends far too much.
 */
export function discardRest(request: Request, maxBytes: number): Promise<void> {
  return new Promise((resolve) => {
    if (request.readableEnded || request.destroyed) {
      resolve();
      return;
    }
    request.unpipe();
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        request.off('data', onData);
        request.socket.destroy();
        resolve();
      }
    };
    request.on('data', onData);
    request.once('end', () => resolve());
    request.once('close', () => resolve());
    request.resume();
  });
}

/** A file name as shown and saved: no folder, no control characters, at most 255 characters. */
export function cleanFileName(raw: string | undefined): string {
  const name = basename((raw ?? '').replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return [...(name || 'file')].slice(0, 255).join('');
}
