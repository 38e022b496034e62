import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { Meta } from '@/api/meta';
import { applyTheme, storedTheme } from '@/lib/theme';
import type { NavigateOptions, ViewState } from '@/lib/view-state';
import { clickerAction, stepIndex } from './clicker-keys';
import type { Scene } from './deck-schema';
import { DeckEditor, type CurrentView } from './deck-editor';
import { useDeckStore } from './deck-store';
import { PresenterBar } from './presenter-bar';
import { setPresenterState, usePresenterState } from './presenter-state';
import { PrintDeck } from './print-deck';

export interface PresenterProps {
  meta: Meta;
  view: ViewState;
  /** The view on screen, validated against the data (what "add current view" saves). */
  current: CurrentView;
  setView(patch: Partial<ViewState>, options?: NavigateOptions): void;
  /** Loads a scene's data into the cache (same query factories as the panels). */
  prefetch(scene: Scene): void;
  /** One scene's content on a printed page (the panels, from the app). */
  renderPrintScene(scene: Scene): ReactNode;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
  );
}

/**
 * Presenter mode: the deck editor (opened from the header), the running presentation
 * (`?mode=present`, clicker keys, full screen, scene counter) and the print view for the PDF.
 */
export function Presenter({ meta, view, current, setView, prefetch, renderPrintScene }: PresenterProps) {
  const [store] = useDeckStore();
  const ui = usePresenterState();
  const presentMode = view.mode === 'present';
  const deck = ui.presenting ? store.decks.find((d) => d.id === ui.presenting?.deckId) : undefined;
  const index = ui.presenting?.index ?? 0;
  const scene = presentMode ? deck?.scenes[index] : undefined;
  const printDeck = ui.printDeckId ? store.decks.find((d) => d.id === ui.printDeckId) : undefined;
  const enteredFullscreen = useRef(false);

  const show = useCallback(
    (s: Scene, options: NavigateOptions) =>
      setView({ region: s.region, period: s.period, metric: s.metric, mode: 'present' }, options),
    [setView],
  );

  const start = useCallback(
    (deckId: string, from: number) => {
      const target = store.decks.find((d) => d.id === deckId)?.scenes[from];
      if (!target) return;
      setPresenterState({ presenting: { deckId, index: from }, editorOpen: false });
      // A history entry before the first scene, so Back after the meeting returns to the work view.
      show(target, {});
      const root = document.documentElement;
      if (!document.fullscreenElement && root.requestFullscreen) {
        root.requestFullscreen().then(
          () => {
            enteredFullscreen.current = true;
          },
          () => {
            // Refused (no user gesture, kiosk policy): present in the window.
          },
        );
      }
    },
    [store.decks, show],
  );

  const leave = useCallback(() => {
    setPresenterState({ presenting: null });
    setView({ mode: 'dashboard' }, { replace: true });
    enteredFullscreen.current = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [setView]);

  const go = useCallback(
    (to: number) => {
      const target = deck?.scenes[to];
      if (!deck || !target || to === index) return;
      setPresenterState({ presenting: { deckId: deck.id, index: to } });
      show(target, { replace: true });
    },
    [deck, index, show],
  );

  // Clicker keys. Escape in full screen is taken by the browser: fullscreenchange handles that.
  useEffect(() => {
    if (!presentMode) return;
    function onKey(e: KeyboardEvent) {
      if (isTyping(e.target) || e.defaultPrevented) return;
      const action = clickerAction(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'exit') leave();
      else if (deck) go(stepIndex(index, deck.scenes.length, action));
    }
    function onFullscreen() {
      if (!document.fullscreenElement && enteredFullscreen.current) leave();
    }
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presentMode, deck, index, go, leave]);

  // The next scene's data loads while this one shows, so the click is immediate.
  useEffect(() => {
    if (!presentMode || !deck) return;
    const next = deck.scenes[index + 1];
    const previous = deck.scenes[index - 1];
    if (next) prefetch(next);
    if (previous) prefetch(previous);
  }, [presentMode, deck, index, prefetch]);

  // The scene's theme while presenting, the user's own otherwise (the big screen stays dark).
  const sceneTheme = scene?.theme;
  useEffect(() => {
    if (printDeck || view.mode === 'screen') return;
    applyTheme(sceneTheme ?? storedTheme());
  }, [sceneTheme, printDeck, view.mode]);

  useEffect(() => {
    if (!presentMode) return;
    document.documentElement.dataset.presenting = 'true';
    return () => {
      delete document.documentElement.dataset.presenting;
    };
  }, [presentMode]);

  const focus = scene?.focus;
  useEffect(() => {
    if (!focus) return;
    document.documentElement.dataset.presentFocus = focus;
    return () => {
      delete document.documentElement.dataset.presentFocus;
    };
  }, [focus]);

  return (
    <>
      {ui.editorOpen && (
        <DeckEditor
          current={current}
          onClose={() => setPresenterState({ editorOpen: false })}
          onPresent={start}
          onPrint={(deckId) => setPresenterState({ printDeckId: deckId, editorOpen: false })}
        />
      )}
      {presentMode && (
        <PresenterBar
          deckName={deck?.name ?? null}
          scene={scene ?? null}
          index={index}
          count={deck?.scenes.length ?? 0}
          onGo={go}
          onExit={leave}
        />
      )}
      {printDeck && (
        <PrintDeck
          deck={printDeck}
          meta={meta}
          renderScene={renderPrintScene}
          onClose={() => setPresenterState({ printDeckId: null })}
        />
      )}
    </>
  );
}
