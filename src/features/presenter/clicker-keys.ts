/** What a key press means while presenting. */
export type ClickerAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/**
 * Presentation clickers send PageDown/PageUp (most), arrows or space/B (some); keyboards add
 * Shift+Space, Home and End. Anything with Ctrl/Alt/Meta is left to the browser.
 */
export function clickerAction(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>) {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case 'Enter':
      return 'next';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'previous' : 'next';
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The scene index after an action, kept inside the deck. */
export function stepIndex(index: number, count: number, action: Exclude<ClickerAction, 'exit'>): number {
  if (count === 0) return 0;
  const next = action === 'next' ? index + 1 : action === 'previous' ? index - 1 : action === 'first' ? 0 : count - 1;
  return Math.min(Math.max(next, 0), count - 1);
}
