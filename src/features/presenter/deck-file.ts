import type { z } from 'zod/mini';
import { DECK_VERSION, DeckFileSchema, MAX_DECK_FILE_BYTES, type Deck, type DeckFile } from './deck-schema';

export type DeckFileResult = { ok: true; deck: Deck } | { ok: false; message: string };

export function toDeckFile(deck: Deck, now: string): string {
  const file: DeckFile = { format: 'shiliu-deck', version: DECK_VERSION, exportedAt: now, deck };
  return JSON.stringify(file, null, 2);
}

/** `汇报会_2026-11-22.deck.json`: no characters Windows refuses in a file name. */
export function deckFileName(deck: Deck, now: string): string {
  const name = deck.name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || '演示文稿';
  return `${name}_${now.slice(0, 10)}.deck.json`;
}

const FIELD_NAMES: Record<string, string> = {
  deck: '演示文稿',
  scenes: '场景列表',
  name: '名称',
  region: '区域代码',
  period: '统计期',
  metric: '地图指标',
  focus: '重点面板',
  title: '标题',
  takeaway: '要点',
  theme: '主题',
  id: '编号',
  updatedAt: '修改时间',
  exportedAt: '导出时间',
  format: '文件类型',
  version: '版本',
};

function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') parts.push(`第 ${p + 1} 项`);
    else parts.push(FIELD_NAMES[String(p)] ?? String(p));
  }
  return parts.join(' › ') || '文件内容';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  if (issue.code === 'invalid_type') return `${where}缺失或类型不对`;
  if (issue.code === 'too_big') return `${where}过长`;
  if (issue.code === 'invalid_format') return `${where}格式不对`;
  if (issue.code === 'invalid_value') return `${where}的取值不被支持`;
  return `${where}不合法`;
}

/**
 * Reads an imported deck file. Every refusal says what is wrong in Chinese; nothing is kept
 * from a file that fails any check.
 */
export function parseDeckFile(text: string, bytes: number): DeckFileResult {
  if (bytes > MAX_DECK_FILE_BYTES) {
    return {
      ok: false,
      message: `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），演示文稿文件不能超过 1 MB。`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，可能已损坏或不是演示文稿文件。' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'shiliu-deck') {
    return { ok: false, message: '这不是石榴籽演示文稿文件（缺少 format: "shiliu-deck"）。' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > DECK_VERSION) {
    return {
      ok: false,
      message: `文件版本为 ${version}，比本系统支持的版本 ${DECK_VERSION} 新，请升级后再导入。`,
    };
  }
  const parsed = DeckFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map(describeIssue);
    const more = parsed.error.issues.length > 3 ? ` 等 ${parsed.error.issues.length} 处问题` : '';
    return { ok: false, message: `文件内容不符合演示文稿格式：${issues.join('；')}${more}。` };
  }
  return { ok: true, deck: parsed.data.deck };
}
