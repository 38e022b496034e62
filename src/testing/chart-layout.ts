/**
 * Real ECharts layout of an option at a given size, without a browser: server-side rendering
 * (SVG renderer, `ssr: true`) lays out labels, legends and axes exactly as on screen, except
 * that text is measured with zrender's built-in width table instead of the font (CJK glyphs
 * 1 em, digits ~0.56 em — close to Noto Sans CJK). Lets option tests say "nothing overlaps at
 * the size this chart has on a 1280×800 projector" instead of checking flags.
 */
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, PieChart, LineChart, FunnelChart, GridComponent, LegendComponent, TitleComponent]);
echarts.use([MarkLineComponent, SVGRenderer]);

/** A drawn text line and its box in chart pixels. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A pie ring as drawn: centre and outer radius in chart pixels. */
export interface Ring {
  cx: number;
  cy: number;
  r: number;
}

export interface ChartLayout {
  texts: TextBox[];
  rings: Ring[];
  /** Rectangles drawn (bars, legend icons), in chart pixels, with their fill colour. */
  rects: (Omit<TextBox, 'text'> & { fill?: string })[];
}

interface ZrElement {
  type: string;
  ignore?: boolean;
  invisible?: boolean;
  style?: { text?: string; opacity?: number; fill?: unknown };
  shape?: { cx?: number; cy?: number; r?: number };
  getBoundingRect(): {
    clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number };
  };
  getComputedTransform(): unknown;
  parent?: ZrElement | null;
}

function hidden(el: ZrElement | null | undefined): boolean {
  for (let e = el; e; e = e.parent) if (e.ignore || e.invisible) return true;
  return false;
}

/** Lays `option` out at `width`×`height` px and returns every visible text line and pie ring. */
export function layOut(option: EChartsCoreOption, width: number, height: number): ChartLayout {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const { tooltip: _noTooltip, ...drawn } = option as Record<string, unknown>;
    chart.setOption({ ...drawn, animation: false });
    const zr = chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): ZrElement[] } };
    const texts: TextBox[] = [];
    const rings: Ring[] = [];
    const rects: ChartLayout['rects'] = [];
    for (const el of zr.storage.getDisplayList(true)) {
      if (hidden(el) || el.style?.opacity === 0) continue;
      if (el.type === 'sector' && el.shape?.r) {
        const { cx = 0, cy = 0, r } = el.shape;
        if (!rings.some((g) => g.cx === cx && g.cy === cy)) rings.push({ cx, cy, r });
        continue;
      }
      const box = el.getBoundingRect().clone();
      box.applyTransform(el.getComputedTransform());
      if (el.type === 'rect') {
        const fill = typeof el.style?.fill === 'string' ? el.style.fill : undefined;
        rects.push({ x: box.x, y: box.y, width: box.width, height: box.height, fill });
      }
      const text = el.style?.text;
      if (typeof text !== 'string' || !text.trim()) continue;
      texts.push({ text, x: box.x, y: box.y, width: box.width, height: box.height });
    }
    return { texts, rings, rects };
  } finally {
    chart.dispose();
  }
}

function intersects(a: TextBox, b: TextBox): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5;
}

function onRing(t: TextBox, g: Ring): boolean {
  const nx = Math.max(t.x, Math.min(g.cx, t.x + t.width));
  const ny = Math.max(t.y, Math.min(g.cy, t.y + t.height));
  return (nx - g.cx) ** 2 + (ny - g.cy) ** 2 < (g.r - 0.5) ** 2;
}

/**
 * What collides, in words a failing test prints: two texts over each other, a text outside the
 * chart, a text other than `inside` on a pie ring (legend on the donut).
 */
export function collisions(
  { texts, rings }: ChartLayout,
  width: number,
  height: number,
  inside: readonly string[] = [],
): string[] {
  const out: string[] = [];
  const at = (t: TextBox) => `“${t.text}”@${Math.round(t.x)},${Math.round(t.y)}`;
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i]!;
    if (a.x < -0.5 || a.y < -0.5 || a.x + a.width > width + 0.5 || a.y + a.height > height + 0.5)
      out.push(`${at(a)} outside ${width}×${height}`);
    for (let j = i + 1; j < texts.length; j++) if (intersects(a, texts[j]!)) out.push(`${at(a)} × ${at(texts[j]!)}`);
    if (!inside.includes(a.text) && rings.some((g) => onRing(a, g))) out.push(`${at(a)} on the ring`);
  }
  return out;
}

/**
 * A chart cell as measured in the built app (host content box, root font size), per panel:
 * presented slides at the projector and screen sizes (`MEASURE=1` on tests/e2e/presenter-slide.e2e.ts
 * prints them), the big screen at its wall sizes and the normal
 * mode at laptop sizes and on the portrait totem. Remeasure when
 * the layout changes; the e2e presenter-slide test checks the slide's cells are no smaller.
 */
export interface ShownCell {
  where: string;
  rem: number;
  ethnic: readonly [number, number];
  employment: readonly [number, number];
  events: readonly [number, number];
  disputes: readonly [number, number];
}

export const SHOWN_CELLS: readonly ShownCell[] = [
  // A small projector's slide: the map and the focused panel beside it (presenter.css); the
  // smallest cell of the panel's tabs.
  {
    where: '演示 1024×768',
    rem: 14,
    employment: [337, 363],
    ethnic: [337, 378],
    events: [337, 396],
    disputes: [337, 378],
  },
  {
    where: '演示 1100×800',
    rem: 14.3,
    employment: [364, 387],
    ethnic: [364, 402],
    events: [364, 420],
    disputes: [364, 402],
  },
  {
    where: '演示 1280×800',
    rem: 16.64,
    employment: [424, 320],
    ethnic: [424, 338],
    events: [424, 360],
    disputes: [424, 338],
  },
  {
    where: '演示 1366×768',
    rem: 16.128,
    employment: [456, 303],
    ethnic: [456, 320],
    events: [456, 341],
    disputes: [456, 320],
  },
  // Larger slides show the whole dashboard.
  {
    where: '演示 1920×1080',
    rem: 17.28,
    employment: [232, 163],
    ethnic: [278, 228],
    events: [278, 229],
    disputes: [232, 182],
  },
  {
    where: '演示 3840×2160',
    rem: 34.56,
    employment: [465, 332],
    ethnic: [557, 461],
    events: [557, 464],
    disputes: [465, 373],
  },
  {
    where: '演示 5760×1080',
    rem: 17.28,
    employment: [524, 582],
    ethnic: [524, 600],
    events: [524, 623],
    disputes: [524, 600],
  },
  {
    where: '演示 1080×1920',
    rem: 13,
    employment: [296, 359],
    ethnic: [296, 373],
    events: [296, 390],
    disputes: [296, 373],
  },
  {
    where: '大屏 1920×1080',
    rem: 16,
    employment: [281, 258],
    ethnic: [281, 275],
    events: [281, 296],
    disputes: [281, 275],
  },
  {
    where: '大屏 3840×2160',
    rem: 32,
    employment: [562, 522],
    ethnic: [562, 556],
    events: [562, 597],
    disputes: [562, 556],
  },
  {
    where: '大屏 5760×1080',
    rem: 16,
    employment: [526, 707],
    ethnic: [526, 723],
    events: [526, 744],
    disputes: [526, 723],
  },
  {
    where: '大屏 1080×1920',
    rem: 16,
    employment: [290, 301],
    ethnic: [290, 318],
    events: [290, 339],
    disputes: [290, 318],
  },
  // Normal (statistician) mode below the big-screen breakpoint: charts at a fixed 18rem height;
  // on a portrait page at 19rem, two by two (dashboard.css).
  {
    where: '常规 1024×768',
    rem: 13,
    employment: [584, 234],
    ethnic: [584, 234],
    events: [584, 234],
    disputes: [584, 234],
  },
  {
    where: '常规 1100×800',
    rem: 13,
    employment: [630, 234],
    ethnic: [630, 234],
    events: [630, 234],
    disputes: [630, 234],
  },
  {
    where: '常规 1366×768',
    rem: 13,
    employment: [382, 234],
    ethnic: [382, 234],
    events: [382, 234],
    disputes: [382, 234],
  },
  {
    where: '常规 1080×1920',
    rem: 16,
    employment: [290, 304],
    ethnic: [290, 304],
    events: [290, 304],
    disputes: [290, 304],
  },
];
