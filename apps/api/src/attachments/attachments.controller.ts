import { ATTACHMENT_FILE_FIELD, attachmentPresentation, routes, type AttachmentView } from '@duban/contracts';
import { Controller, Inject, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import contentDisposition from 'content-disposition';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AttachmentsService } from './attachments.service';
import { discardRest, readMultipartFile } from './multipart-file';

const SEE_AS_TASK =
  '404 when the task does not exist or is on a board the user may not see (as for the task).';

/**
 * What a served file may do in the browser: nothing. No script, no plugin, no frame of Duban's pages; a
 * document opened from it is sandboxed. Only images and PDFs are shown inline; the rest are downloads.
 */
const FILE_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";
/** A PDF needs its viewer: the same, but not sandboxed (Chromium's viewer refuses to run in a sandbox). */
const PDF_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";

@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Endpoint(routes.listAttachments, { description: SEE_AS_TASK })
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<AttachmentView[]> {
    return this.attachments.list(user, taskId);
  }

  @Endpoint(routes.uploadAttachment, {
    description:
      'multipart/form-data: the optional `reportId` or `commentId` first, then the file in `file` (one per ' +
      'request). The type is read from the bytes: images, PDF, Office documents, text and zip are kept, ' +
      'anything else is 415. Over the limit of a file (ATTACHMENT_MAX_FILE_MB, default 25) or of the ' +
      "board's files (ATTACHMENT_MAX_BOARD_MB, default 500): 413 naming it. A file on the task itself: " +
      'anyone who may edit the task; on a report or comment: its author. 403 while the task awaits ' +
      `verification or is closed (its files are frozen). ${SEE_AS_TASK} The event \`attachment.added\` ` +
      'carries the SHA-256 of the bytes.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [ATTACHMENT_FILE_FIELD],
      properties: {
        reportId: { type: 'string', format: 'uuid' },
        commentId: { type: 'string', format: 'uuid' },
        [ATTACHMENT_FILE_FIELD]: { type: 'string', format: 'binary' },
      },
    },
  })
  async upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Req() request: Request,
  ): Promise<AttachmentView> {
    try {
      const incoming = await readMultipartFile(request);
      return await this.attachments.upload(user, taskId, incoming);
    } catch (error) {
      // Let the refused request finish arriving, so the client reads the answer (not a reset connection).
      await discardRest(request, this.config.attachmentLimits.fileBytes * 2);
      throw error;
    }
  }

  @Endpoint(routes.downloadAttachment, {
    description:
      'Served as its own content type with `X-Content-Type-Options: nosniff` and a CSP that lets nothing ' +
      `run; inline for images and PDF, otherwise \`Content-Disposition: attachment\`. ${SEE_AS_TASK}`,
  })
  async download(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { attachment, bytes } = await this.attachments.open(user, id);
    const presentation = attachmentPresentation(attachment.contentType);
    const inline = presentation === 'image' || presentation === 'pdf';
    response.status(200).set({
      'Content-Type': attachment.contentType,
      'Content-Length': String(attachment.size),
      'Content-Disposition': contentDisposition(attachment.name, { type: inline ? 'inline' : 'attachment' }),
      'Content-Security-Policy': presentation === 'pdf' ? PDF_CSP : FILE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-cache',
      ETag: `"${attachment.sha256}"`,
    });
    await sendBytes(response, bytes);
  }

  @Endpoint(routes.attachmentThumbnail, {
    description: `WebP, at most 320 px a side. 404 for a file that is not an image. ${SEE_AS_TASK}`,
  })
  async thumbnail(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const thumbnail = await this.attachments.thumbnail(user, id);
    response
      .status(200)
      .set({
        'Content-Type': 'image/webp',
        'Content-Security-Policy': FILE_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, max-age=3600',
      })
      .end(thumbnail);
  }

  @Endpoint(routes.deleteAttachment, {
    description:
      'The one who added it, a supervisor or an administrator (403 otherwise), while the task is open (403 ' +
      `while it awaits verification or is closed). ${SEE_AS_TASK}`,
  })
  remove(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.attachments.remove(user, id);
  }
}

/**
 * Streams the bytes with back-pressure. Headers are out before the first piece: a failure later can only
 * cut the connection, so the client sees a broken download, never a short file taken for whole.
 */
async function sendBytes(response: Response, bytes: AsyncIterable<Buffer>): Promise<void> {
  try {
    // One stored chunk (256 KB) read ahead, not Readable.from's default of 16 (4 MB per download).
    await pipeline(Readable.from(bytes, { highWaterMark: 1 }), response);
  } catch (error) {
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
