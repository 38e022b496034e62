const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for ECharts' HTML tooltips. ECharts renders a formatter's return value as
 * HTML, and names come from data, so every data string in a tooltip formatter goes through this.
 * (Labels, axis names and legends are drawn on the canvas and need no escaping.)
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
