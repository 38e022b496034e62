import type { Scene } from './deck-schema';

interface PresenterBarProps {
  deckName: string | null;
  scene: Scene | null;
  /** Zero-based index of the scene on screen. */
  index: number;
  count: number;
  onGo(index: number): void;
  onExit(): void;
}

/** The strip at the bottom while presenting: the scene's title and takeaway, the counter, and controls. */
export function PresenterBar({ deckName, scene, index, count, onGo, onExit }: PresenterBarProps) {
  return (
    <aside className="presenter-bar" data-testid="presenter-bar" aria-label="演示控制">
      {scene ? (
        <div className="presenter-bar__text">
          <h2 className="presenter-bar__title" data-testid="scene-title">
            {scene.title}
          </h2>
          {scene.takeaway && <p className="presenter-bar__takeaway">{scene.takeaway}</p>}
        </div>
      ) : (
        <p className="presenter-bar__text">
          {deckName === null ? '没有正在放映的演示文稿。' : `“${deckName}”中没有这一场景。`}
        </p>
      )}
      <div className="presenter-bar__controls">
        <button
          type="button"
          className="btn"
          onClick={() => onGo(index - 1)}
          disabled={index <= 0}
          aria-label="上一场景"
        >
          ‹
        </button>
        <span className="presenter-bar__counter" data-testid="scene-counter" aria-live="polite">
          {count > 0 ? `${index + 1} / ${count}` : '0 / 0'}
        </span>
        <button
          type="button"
          className="btn"
          onClick={() => onGo(index + 1)}
          disabled={index >= count - 1}
          aria-label="下一场景"
        >
          ›
        </button>
        <button type="button" className="btn" onClick={onExit} title="退出演示（Esc）">
          退出演示
        </button>
      </div>
    </aside>
  );
}
