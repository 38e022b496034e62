/**
 * Reads a PDF written by Chromium in JavaScript (pdfjs-dist's legacy build, made for Node), so
 * that the e2e tests need no system package such as poppler-utils (issue 13, point 1).
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** One page of a PDF: its size in points (1/72 in) and its text in reading order. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/**
 * Chromium's embedded CJK fonts map glyphs shared with a radical to the radical's code point
 * (⽯ U+2F2F for 石, ⻚ U+2EDA for 页, ⺠ U+2EA0 for 民). Kangxi radicals fold to the ideograph
 * by NFKC; the CJK Radicals Supplement has no such decomposition, so the simplified radicals
 * that occur in Chinese text are listed here (Unicode's EquivalentUnifiedIdeograph.txt).
 * Only these blocks: full-width punctuation (：) stays as written.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺠': '民', // U+2EA0 → U+6C11
  '⻉': '贝', // U+2EC9 → U+8D1D
  '⻋': '车', // U+2ECB → U+8F66
  '⻓': '长', // U+2ED3 → U+957F
  '⻔': '门', // U+2ED4 → U+95E8
  '⻘': '青', // U+2ED8 → U+9752
  '⻙': '韦', // U+2ED9 → U+97E6
  '⻚': '页', // U+2EDA → U+9875
  '⻛': '风', // U+2EDB → U+98CE
  '⻜': '飞', // U+2EDC → U+98DE
  '⻝': '食', // U+2EDD → U+98DF
  '⻢': '马', // U+2EE2 → U+9A6C
  '⻣': '骨', // U+2EE3 → U+9AA8
  '⻤': '鬼', // U+2EE4 → U+9B3C
  '⻥': '鱼', // U+2EE5 → U+9C7C
  '⻦': '鸟', // U+2EE6 → U+9E1F
  '⻧': '卤', // U+2EE7 → U+5364
  '⻨': '麦', // U+2EE8 → U+9EA6
  '⻩': '黄', // U+2EE9 → U+9EC4
  '⻬': '齐', // U+2EEC → U+9F50
  '⻮': '齿', // U+2EEE → U+9F7F
  '⻰': '龙', // U+2EF0 → U+9F99
  '⻳': '龟', // U+2EF3 → U+9F9F
  '⻅': '见', // U+2EC5 → U+89C1
  '⻆': '角', // U+2EC6 → U+89D2
  '⻄': '西', // U+2EC4 → U+897F
  '⻗': '雨', // U+2ED7 → U+96E8
  '⻠': '饣', // U+2EE0 → U+9963
  '⻡': '首', // U+2EE1 → U+9996
  '⻈': '讠', // U+2EC8 → U+8BA0
  '⺯': '糸', // U+2EAF → U+7CF8
  '⺰': '纟', // U+2EB0 → U+7E9F
  '⺩': '王', // U+2EA9 → U+738B
  '⺫': '目', // U+2EAB → U+76EE
  '⺬': '示', // U+2EAC → U+793A
  '⺭': '礻', // U+2EAD → U+793B
  '⺡': '氵', // U+2EA1 → U+6C35
  '⺣': '灬', // U+2EA3 → U+706C
  '⺨': '犭', // U+2EA8 → U+72AD
  '⺾': '艹', // U+2EBE → U+8279
  '⻂': '衤', // U+2EC2 → U+8864
  '⻍': '辶', // U+2ECD → U+8FB6
  '⻖': '阝', // U+2ED6 → U+961D
  '⺁': '厂', // U+2E81 → U+5382
  '⺊': '卜', // U+2E8A → U+535C
  '⺒': '巳', // U+2E92 → U+5DF3
  '⺓': '幺', // U+2E93 → U+5E7A
  '⺝': '月', // U+2E9D → U+6708
};

function unifyRadicals(text: string): string {
  return text
    .replace(/[\u2F00-\u2FDF]/g, (ch) => ch.normalize('NFKC'))
    .replace(/[\u2E80-\u2EFF]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}

/**
 * Text runs in reading order, joined as a reader would: a line break where the baseline moves,
 * a space only where there is a visible gap (Chromium splits one word into several runs).
 */
function joinItems(items: TextItem[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastEnd = 0;
  for (const item of items) {
    const x = item.transform[4] as number;
    const y = item.transform[5] as number;
    const size = Math.max(1, Math.abs(item.height));
    if (lastY !== null) {
      if (Math.abs(y - lastY) > size / 2) out += '\n';
      else if (x - lastEnd > size / 4) out += ' ';
    }
    out += item.str;
    if (item.hasEOL) {
      out += '\n';
      lastY = null;
    } else {
      lastY = y;
      lastEnd = x + item.width;
    }
  }
  return out;
}

/** Every page of the PDF at `path`, in order. */
export async function readPdf(path: string): Promise<PdfPage[]> {
  const data = new Uint8Array(readFileSync(path));
  // No worker thread in Node: pdfjs runs its parser in this process ("fake worker").
  const task = getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const text = joinItems(content.items.filter((item): item is TextItem => 'str' in item));
      pages.push({ width: x1 - x0, height: y1 - y0, text: unifyRadicals(text) });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
