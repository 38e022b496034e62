import { useSyncExternalStore } from 'react';

/**
 * The screen theme: dark (LED wall, default) or light (projector, print). Applied as
 * `<html data-theme>`, which the design tokens, charts and map follow live. The user's choice
 * is kept in localStorage; presenting a scene applies the scene's theme without storing it.
 */
export type Theme = 'dark' | 'light';
export const THEME_STORAGE_KEY = 'shiliu.theme';

export function storedTheme(): Theme {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY) === 'light' ? 'light' : 'dark';
  } catch {
    return 'dark';
  }
}

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/** Shows a theme now, without remembering it (a scene's theme while presenting). */
export function applyTheme(theme: Theme): void {
  if (theme === 'light') document.documentElement.dataset.theme = 'light';
  else delete document.documentElement.dataset.theme;
}

/** Shows and remembers the user's theme. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private mode: the theme still applies for this page.
  }
  applyTheme(theme);
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => 'dark');
}
