import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { downloadBlob } from '@/components/table/download';
import { formatPeriod } from '@/lib/period';
import {
  activeDeck,
  addDeck,
  addScene,
  importDeck,
  moveScene,
  newId,
  removeDeck,
  removeScene,
  renameDeck,
  updateScene,
} from './deck-ops';
import { deckFileName, parseDeckFile, toDeckFile } from './deck-file';
import { MAX_DECK_FILE_BYTES, MAX_SCENES, MAX_TITLE, type Deck, type Scene } from './deck-schema';
import { useDeckStore } from './deck-store';
import { SceneRow } from './scene-row';

/** The view on screen, as "add current view" saves it. */
export interface CurrentView {
  code: string | null;
  period: string;
  /** The metric chosen in the URL; null means the default one. */
  metric: string | null;
  regionName: string;
  /** Why the view cannot be saved (code null): the region failed or is still loading. */
  unavailable?: string | null;
}

/** What the editor says instead of a title when the view has no region to save. */
const NO_SCENE_TEXT = '当前页面没有可显示的区域，不能添加为场景';

interface DeckEditorProps {
  current: CurrentView;
  onClose(): void;
  onPresent(deckId: string, from: number): void;
  onPrint(deckId: string): void;
}

type Message = { kind: 'error' | 'info'; text: string } | null;

function newDeck(now: string): Deck {
  return { id: newId(), name: `汇报会 ${now.slice(0, 10)}`, scenes: [], updatedAt: now };
}

/** The deck editor: a modal dialog (native <dialog>: focus stays inside, Escape closes). */
export function DeckEditor({ current, onClose, onPresent, onPrint }: DeckEditorProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [store, update] = useDeckStore();
  const [message, setMessage] = useState<Message>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deck = activeDeck(store);

  useEffect(() => {
    const dialog = dialogRef.current;
    // No close() on cleanup: it fires `close` (→ onClose) under StrictMode's re-run, and the
    // element leaving the document ends its modal state anyway.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function apply(edit: Parameters<typeof update>[0]) {
    const error = update(edit);
    if (error) setMessage({ kind: 'error', text: error });
  }

  function addCurrent() {
    if (!current.code) return;
    const now = new Date().toISOString();
    const scene: Scene = {
      id: newId(),
      region: current.code,
      period: current.period,
      metric: current.metric,
      focus: null,
      title: `${current.regionName} · ${formatPeriod(current.period)}`.slice(0, MAX_TITLE),
      takeaway: '',
      // Projectors wash out the dark screen theme: scenes start on the light one (changeable per scene).
      theme: 'light',
    };
    let target = deck;
    if (!target) {
      target = newDeck(now);
      const created = target;
      apply((s) => addDeck(s, created));
    }
    if (target.scenes.length >= MAX_SCENES) {
      setMessage({ kind: 'error', text: `一个演示文稿最多 ${MAX_SCENES} 个场景。` });
      return;
    }
    const deckId = target.id;
    apply((s) => addScene(s, deckId, scene, now));
    setMessage({ kind: 'info', text: `已添加场景 ${target.scenes.length + 1}：${scene.title}` });
  }

  function exportDeck() {
    if (!deck) return;
    const now = new Date().toISOString();
    downloadBlob(toDeckFile(deck, now), 'application/json', deckFileName(deck, now));
  }

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // An oversized file is refused before it is read.
    const text = file.size > MAX_DECK_FILE_BYTES ? '' : await file.text();
    const result = parseDeckFile(text, file.size);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `无法导入“${file.name}”：${result.message}现有演示文稿未作任何改动。` });
      return;
    }
    const now = new Date().toISOString();
    apply((s) => importDeck(s, result.deck, now));
    setMessage({ kind: 'info', text: `已导入“${result.deck.name}”（${result.deck.scenes.length} 个场景）。` });
  }

  const now = () => new Date().toISOString();
  return (
    <dialog ref={dialogRef} className="deck-editor" aria-labelledby={titleId} onClose={onClose}>
      <header className="deck-editor__header">
        <h2 id={titleId}>演示文稿</h2>
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
      </header>
      <div className="deck-editor__decks">
        {store.decks.length > 0 && deck && (
          <>
            <label>
              <span>当前文稿</span>
              <select
                value={deck.id}
                onChange={(e) => {
                  const id = e.target.value;
                  apply((s) => ({ ...s, activeId: id }));
                  setConfirmDelete(false);
                }}
              >
                {store.decks.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name || '（未命名）'}（{d.scenes.length}）
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>名称</span>
              <input
                value={deck.name}
                maxLength={MAX_TITLE}
                onChange={(e) => {
                  const name = e.target.value;
                  apply((s) => renameDeck(s, deck.id, name, now()));
                }}
              />
            </label>
          </>
        )}
        <button type="button" className="btn" onClick={() => apply((s) => addDeck(s, newDeck(now())))}>
          新建文稿
        </button>
        {deck &&
          (confirmDelete ? (
            <button
              type="button"
              className="btn btn--danger"
              onClick={() => {
                apply((s) => removeDeck(s, deck.id));
                setConfirmDelete(false);
              }}
            >
              确认删除“{deck.name}”
            </button>
          ) : (
            <button type="button" className="btn" onClick={() => setConfirmDelete(true)}>
              删除文稿
            </button>
          ))}
      </div>

      <div className="deck-editor__add">
        <button type="button" className="btn btn--primary" onClick={addCurrent} disabled={!current.code}>
          添加当前视图为场景
        </button>
        {current.code ? (
          <span className="deck-editor__hint">
            {current.regionName} · {formatPeriod(current.period)}
          </span>
        ) : (
          // An error page made a scene titled " · 2026年第3季度" (issue 14): say why there is none.
          <span className="deck-editor__hint" role="note" data-testid="deck-unavailable">
            {current.unavailable ? `${NO_SCENE_TEXT}：${current.unavailable}` : `${NO_SCENE_TEXT}。`}
          </span>
        )}
      </div>

      {deck && deck.scenes.length > 0 ? (
        <ol className="deck-editor__scenes" aria-label="场景">
          {deck.scenes.map((scene, i) => (
            <SceneRow
              key={scene.id}
              scene={scene}
              index={i}
              count={deck.scenes.length}
              onChange={(patch) => apply((s) => updateScene(s, deck.id, scene.id, patch, now()))}
              onMove={(to) => apply((s) => moveScene(s, deck.id, i, to, now()))}
              onRemove={() => apply((s) => removeScene(s, deck.id, scene.id, now()))}
              onPresent={() => onPresent(deck.id, i)}
            />
          ))}
        </ol>
      ) : (
        <p className="deck-editor__empty">还没有场景：在大屏上选好区域、统计期和地图指标，再点“添加当前视图为场景”。</p>
      )}

      {message && (
        <p
          className={`deck-editor__message deck-editor__message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="deck-message"
        >
          {message.text}
        </p>
      )}

      <footer className="deck-editor__footer">
        <button type="button" className="btn" onClick={exportDeck} disabled={!deck}>
          导出文件
        </button>
        <button type="button" className="btn" onClick={() => fileRef.current?.click()}>
          导入文件…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="选择演示文稿文件"
          data-testid="deck-import"
          onChange={(e) => void importFile(e)}
        />
        <button
          type="button"
          className="btn"
          onClick={() => deck && onPrint(deck.id)}
          disabled={!deck || deck.scenes.length === 0}
        >
          打印 / PDF
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => deck && onPresent(deck.id, 0)}
          disabled={!deck || deck.scenes.length === 0}
        >
          开始演示
        </button>
      </footer>
    </dialog>
  );
}
