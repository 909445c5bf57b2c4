/** Reading PDFs back in tests with pdf.js: text per page, metadata, and pages as PNG. */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Helvetica is not embedded; pdf.js reads its metrics from these files (otherwise it warns).
const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

const open = (data: Uint8Array) => getDocument({ data: data.slice(), useSystemFonts: false, disableFontFace: true, standardFontDataUrl }).promise;

/** Text of each page, one text run per line, plus the document's metadata and page size. */
export async function readPdf(data: Uint8Array) {
  const pdf = await open(data);
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).filter((s) => s.trim() !== '').join('\n'));
  }
  const { info } = await pdf.getMetadata();
  const size = (await pdf.getPage(1)).view;
  await pdf.destroy();
  return { pages, info: info as Record<string, unknown>, size };
}

/** One page drawn as a PNG (pdf.js with its Node canvas), `scale` 1 = 72 dpi. */
export async function pdfPageToPng(data: Uint8Array, page: number, scale = 1.5): Promise<Buffer> {
  const pdf = await open(data);
  const p = await pdf.getPage(page);
  const viewport = p.getViewport({ scale });
  const factory = pdf.canvasFactory as unknown as { create(w: number, h: number): { canvas: { toBuffer(type: string): Buffer }; context: unknown } };
  const { canvas, context } = factory.create(viewport.width, viewport.height);
  await p.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  const png = canvas.toBuffer('image/png');
  await pdf.destroy();
  return png;
}
