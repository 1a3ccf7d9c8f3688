// The text of a PDF as a reader sees it, read back with pdfjs-dist: every page, lines joined by
// spaces, spaces made plain (no-break and narrow no-break spaces included).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
    text += ' ';
  }
  await document.destroy();
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}
