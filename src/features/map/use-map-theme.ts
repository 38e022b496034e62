import { useSyncExternalStore } from 'react';
import type { MapTheme } from './palettes';

function read(): MapTheme {
  return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The screen's theme (`<html data-theme>`), followed live so canvas colours switch with it. */
export function useMapTheme(): MapTheme {
  return useSyncExternalStore(subscribe, read, () => 'dark');
}
