import sharp from 'sharp';
import type { UploadedFile } from './api-client';

/** A real PNG of the given size (a red field). */
export async function samplePng(name = 'outfall.png', width = 64, height = 48): Promise<UploadedFile> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer();
  return { name, bytes, contentType: 'image/png' };
}

/**
 * A phone photo: a JPEG stored sideways (200×100 with EXIF orientation 6, "rotate 90° to view") that also
 * says where it was taken (GPS latitude and longitude) and with which camera.
 */
export async function samplePhoneJpeg(name = 'site.jpg'): Promise<UploadedFile> {
  const bytes = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#2e86c1' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'DubanTestCam', Model: 'Field 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '39/1 54/1 2688/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '116/1 23/1 2946/100',
      },
    })
    // withExif cannot set the orientation tag; withMetadata can, and keeps the EXIF above.
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return { name, bytes, contentType: 'image/jpeg' };
}

/** A small valid PDF with one page. */
export function samplePdf(name = 'acceptance-form.pdf'): UploadedFile {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, bytes: Buffer.from(body, 'latin1'), contentType: 'application/pdf' };
}

/** The start of a Linux executable (ELF header), under a harmless name. */
export function sampleExecutable(name = 'report.pdf'): UploadedFile {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(bytes);
  bytes.writeUInt16LE(2, 16); // ET_EXEC
  bytes.writeUInt16LE(0x3e, 18); // x86-64
  return { name, bytes, contentType: 'application/pdf' };
}

/** A web page that would run a script if it were served as HTML from Duban's origin. */
export function sampleHtml(name = 'page.html'): UploadedFile {
  const bytes = Buffer.from(
    '<!doctype html><html><body><script>fetch("/api/me")</script><h1>Evidence</h1></body></html>\n',
  );
  return { name, bytes, contentType: 'text/html' };
}

/** An SVG image with a script in it. */
export function sampleSvg(name = 'chart.svg'): UploadedFile {
  const bytes = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>\n',
  );
  return { name, bytes, contentType: 'image/svg+xml' };
}

/** Plain text, in Chinese and English. */
export function sampleText(
  name = '整改说明.txt',
  text = '已完成排口封堵。The outfall is sealed.\n',
): UploadedFile {
  return { name, bytes: Buffer.from(text, 'utf8'), contentType: 'text/plain' };
}
