/** A minutes file as text, or why it cannot be read. */
export type MinutesFileResult =
  { ok: true; text: string } | { ok: false; problem: 'unsupported' | 'unreadable' };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function kindOfFile(file: Pick<File, 'name' | 'type'>): 'txt' | 'docx' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.docx') || file.type === DOCX_TYPE) return 'docx';
  if (name.endsWith('.txt') || file.type === 'text/plain') return 'txt';
  return null;
}

/**
 * Reads a dropped or picked minutes file in the browser: .txt as UTF-8 text, .docx as its plain text (with
 * mammoth, loaded only when a Word file comes, so the page's bundle does not carry it); anything else is
 * refused. The server splits the text either way.
 */
export async function readMinutesFile(file: File): Promise<MinutesFileResult> {
  const kind = kindOfFile(file);
  if (!kind) return { ok: false, problem: 'unsupported' };
  try {
    if (kind === 'txt') return { ok: true, text: await file.text() };
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() });
    return { ok: true, text: value };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
