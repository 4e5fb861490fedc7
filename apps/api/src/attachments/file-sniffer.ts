import { ALLOWED_ATTACHMENT_TYPES } from '@duban/contracts';
// file-type is ESM-only: Node (20.19 and later) loads it with require(), the tests compile it to CommonJS.
import { fileTypeFromBuffer } from 'file-type';
import { extname } from 'node:path';

/** How many first bytes the type is read from (file-type needs ~4 KB; Office files name their parts further in). */
export const SNIFF_BYTES = 64 * 1024;

/** Plain text has no signature: it is taken as text only under one of these names. */
const TEXT_EXTENSIONS = new Set(['.txt', '.csv', '.md', '.log']);

/**
 * The content type of a file, read from its first bytes, not its name; null when it is not one Duban keeps
 * (an executable renamed `.pdf`, HTML, SVG, a script…). Text has no signature: bytes that decode as UTF-8
 * with no NUL, under a text file's name, are `text/plain`.
 */
export async function sniffContentType(head: Buffer, name: string): Promise<string | null> {
  const found = await fileTypeFromBuffer(head);
  if (found) return found.mime in ALLOWED_ATTACHMENT_TYPES ? found.mime : null;
  if (TEXT_EXTENSIONS.has(extname(name).toLowerCase()) && looksLikeText(head)) return 'text/plain';
  return null;
}

function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  try {
    // `stream`: the head may end inside a character.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}
