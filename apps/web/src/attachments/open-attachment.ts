import { attachmentPresentation, type AttachmentView } from '@duban/contracts';
import { saveBlob } from '../api/api-client';
import { fetchAttachmentBlob } from './attachment-requests';

/** How long a PDF's object URL outlives the click: the new tab has read it well before. */
const PDF_URL_LIFETIME_MS = 60_000;

/**
 * Opens a PDF in a new tab, or saves any other file under its own name. The tab is opened at the click
 * (a tab opened after the download would be taken for a pop-up), then shown the bytes once they arrive.
 */
export async function openAttachment(token: string, attachment: AttachmentView): Promise<void> {
  const pdf = attachmentPresentation(attachment.contentType) === 'pdf';
  const tab = pdf ? window.open('', '_blank') : null;
  try {
    const blob = await fetchAttachmentBlob(token, attachment.id, 'file');
    if (!tab) return saveBlob(blob, attachment.name);
    const url = URL.createObjectURL(blob);
    tab.opener = null;
    tab.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), PDF_URL_LIFETIME_MS);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
