// zod/mini like src/api: classic zod would add ~16 kB gzip to the first screen for this alone.
import { z } from 'zod/mini';
import '@/api/common'; // installs zod's English messages (z.config), which deck-file's errors quote

/** Which part of the dashboard a scene puts in the foreground. */
export const FOCUS_IDS = ['ethnic', 'employment', 'events', 'disputes', 'map'] as const;
export type SceneFocus = (typeof FOCUS_IDS)[number];

export const FOCUS_LABELS: Record<SceneFocus, string> = {
  ethnic: '民族构成',
  employment: '就业安置',
  events: '活动参与',
  disputes: '矛盾纠纷化解',
  map: '地图',
};

/** Current version of the stored decks and of exported deck files. */
export const DECK_VERSION = 1;
/** Imported deck files larger than this are refused before parsing (bytes). */
export const MAX_DECK_FILE_BYTES = 1024 * 1024;
export const MAX_SCENES = 200;
export const MAX_TITLE = 80;
export const MAX_TAKEAWAY = 200;

const text = (max: number) => z.string().check(z.maxLength(max));
/** Codes and periods are checked against the data when the scene is shown, like a URL's. */
const token = z.string().check(z.regex(/^[0-9A-Za-z_.-]{1,64}$/));

/** A saved view: what to show, and what the presenter says about it. */
export const SceneSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** 12-digit (or longer) statistical division code. */
  region: token,
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
  period: token,
  /** Map metric id; null: the default metric. */
  metric: z.nullable(token),
  focus: z.nullable(z.enum(FOCUS_IDS)),
  title: text(MAX_TITLE),
  takeaway: text(MAX_TAKEAWAY),
  theme: z.enum(['light', 'dark']),
});
export type Scene = z.infer<typeof SceneSchema>;

export const DeckSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: text(MAX_TITLE),
  scenes: z.array(SceneSchema).check(z.maxLength(MAX_SCENES)),
  /** ISO timestamp of the last change. */
  updatedAt: z.string().check(z.maxLength(40)),
});
export type Deck = z.infer<typeof DeckSchema>;

/** What localStorage holds. */
export const DeckStoreSchema = z.object({
  version: z.literal(DECK_VERSION),
  decks: z.array(DeckSchema).check(z.maxLength(100)),
  activeId: z.nullable(z.string()),
});
export type DeckStore = z.infer<typeof DeckStoreSchema>;

/** An exported deck file (`*.deck.json`), mailed between colleagues. */
export const DeckFileSchema = z.object({
  format: z.literal('shiliu-deck'),
  version: z.literal(DECK_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  deck: DeckSchema,
});
export type DeckFile = z.infer<typeof DeckFileSchema>;
