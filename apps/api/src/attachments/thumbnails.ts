import { Logger } from '@nestjs/common';
import sharp from 'sharp';

/** The image types a thumbnail is made of (what browsers show and libvips reads in this build). */
const THUMBNAIL_SOURCES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/** The longest side of a thumbnail, in pixels (sharp enough for a 2× screen at 160 px). */
export const THUMBNAIL_SIZE = 320;

export function makesThumbnail(contentType: string): boolean {
  return THUMBNAIL_SOURCES.has(contentType);
}

const logger = new Logger('Thumbnails');

/**
 * A small WebP of an image: upright (its EXIF orientation applied), and with no metadata at all, so no
 * location, camera or owner leaves with it. Null when the bytes do not decode as the image they claim to be.
 *
 * libvips decodes from memory: this is the one place a file's bytes are held whole (images only, within the
 * file limit); at most 40 megapixels are decoded.
 */
export async function makeThumbnail(bytes: AsyncIterable<Buffer>): Promise<Buffer | null> {
  const pieces: Buffer[] = [];
  for await (const piece of bytes) pieces.push(piece);
  try {
    return await sharp(Buffer.concat(pieces), { limitInputPixels: 40_000_000, animated: false })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch (error) {
    logger.warn(`No thumbnail: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
