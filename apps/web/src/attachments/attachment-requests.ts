import {
  ATTACHMENT_FILE_FIELD,
  routes,
  type ApiErrorBody,
  type AttachmentView,
  type UploadAttachmentFields,
} from '@duban/contracts';
import { ApiError, apiErrorOf, routeUrl, toApiError } from '../api/api-client';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadRequest {
  token: string;
  taskId: string;
  file: File;
  /** The report or comment it goes with; empty for a file on the task itself. */
  place: UploadAttachmentFields;
  onProgress: (progress: UploadProgress) => void;
}

export interface SendingUpload {
  /** The stored file, or an ApiError (`status` 0: the network failed, or the upload was cancelled). */
  done: Promise<AttachmentView>;
  cancel: () => void;
}

/**
 * Sends one file with XMLHttpRequest, the only browser API that reports upload progress. The form's other
 * fields go before the file: the server reads them before it streams the bytes.
 */
export function sendAttachment({ token, taskId, file, place, onProgress }: UploadRequest): SendingUpload {
  const request = new XMLHttpRequest();
  const done = new Promise<AttachmentView>((resolve, reject) => {
    request.open('POST', routeUrl(routes.uploadAttachment, { params: { taskId } }));
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        resolve(JSON.parse(request.responseText) as AttachmentView);
      } else {
        reject(apiErrorOf(request, jsonBodyOf(request)));
      }
    };
    request.onerror = () => reject(new ApiError(0, 'The network failed'));
    request.onabort = () => reject(new ApiError(0, 'Cancelled'));
    const form = new FormData();
    for (const [name, value] of Object.entries(place)) {
      if (typeof value === 'string') form.append(name, value);
    }
    form.append(ATTACHMENT_FILE_FIELD, file, file.name);
    request.send(form);
  });
  return { done, cancel: () => request.abort() };
}

/** The answer's JSON body, null when it is not JSON. */
function jsonBodyOf(request: XMLHttpRequest): Partial<ApiErrorBody> | null {
  try {
    return JSON.parse(request.responseText) as Partial<ApiErrorBody>;
  } catch {
    return null;
  }
}

/** A file's bytes or its thumbnail, fetched with the token (an <img src> cannot send it). */
export async function fetchAttachmentBlob(
  token: string,
  attachmentId: string,
  which: 'file' | 'thumbnail',
): Promise<Blob> {
  const route = which === 'file' ? routes.downloadAttachment : routes.attachmentThumbnail;
  const response = await fetch(routeUrl(route, { params: { id: attachmentId } }), {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}
