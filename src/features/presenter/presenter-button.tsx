import { activeDeck } from './deck-ops';
import { useDeckStore } from './deck-store';
import { setPresenterState } from './presenter-state';

/** The header button that opens the deck editor. */
export function PresenterButton() {
  const [store] = useDeckStore();
  const count = activeDeck(store)?.scenes.length ?? 0;
  return (
    <button
      type="button"
      className="btn presenter-open"
      onClick={() => setPresenterState({ editorOpen: true })}
      aria-haspopup="dialog"
      title="整理汇报用的场景，放映或打印"
    >
      演示{count > 0 ? `（${count}）` : ''}
    </button>
  );
}
