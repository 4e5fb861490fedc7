import type { UploadAttachmentFields } from '@duban/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useToken } from '../auth/useAuth';
import { sendAttachment, type SendingUpload } from './attachment-requests';
import { storeAttachment } from './useAttachments';

export interface Upload {
  key: string;
  file: File;
  place: UploadAttachmentFields;
  /** Bytes sent so far, of `total`. */
  loaded: number;
  total: number;
  state: 'sending' | 'done' | 'failed';
  /** Why it failed (an ApiError, usually). */
  error: unknown;
}

let uploadKeys = 0;

/**
 * The files being uploaded to one task: each its own request, all in parallel, each with its progress and,
 * when it fails, its error and a retry. A finished upload stays listed as done until the next files come.
 * Uploads go on when the component unmounts: the file still arrives, and the board's event lists it.
 */
export function useUploads(taskId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const sending = useRef(new Map<string, SendingUpload>());

  const change = (key: string, update: Partial<Upload>) =>
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...update } : upload)));

  const send = (upload: Upload) => {
    const request = sendAttachment({
      token,
      taskId,
      file: upload.file,
      place: upload.place,
      onProgress: ({ loaded, total }) => change(upload.key, { loaded, total }),
    });
    sending.current.set(upload.key, request);
    request.done.then(
      (attachment) => {
        storeAttachment(queryClient, attachment);
        change(upload.key, { state: 'done', loaded: upload.total });
      },
      (error: unknown) => change(upload.key, { state: 'failed', error }),
    );
    void request.done.catch(() => undefined).finally(() => sending.current.delete(upload.key));
  };

  const upload = (files: readonly File[], place: UploadAttachmentFields = {}) => {
    if (files.length === 0) return;
    const fresh = files.map((file): Upload => ({
      key: `upload-${(uploadKeys += 1)}`,
      file,
      place,
      loaded: 0,
      total: file.size,
      state: 'sending',
      error: null,
    }));
    setUploads((list) => [...list.filter((known) => known.state !== 'done'), ...fresh]);
    fresh.forEach(send);
  };

  const retry = (key: string) => {
    const failed = uploads.find((known) => known.key === key && known.state === 'failed');
    if (!failed) return;
    const again: Upload = { ...failed, loaded: 0, state: 'sending', error: null };
    change(key, again);
    send(again);
  };

  /** Takes a failed or finished upload off the list, or cancels one still sending. */
  const dismiss = (key: string) => {
    sending.current.get(key)?.cancel();
    setUploads((list) => list.filter((known) => known.key !== key));
  };

  return { uploads, upload, retry, dismiss };
}

export type UploadQueue = ReturnType<typeof useUploads>;
