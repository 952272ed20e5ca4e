const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for HTML element content or a quoted attribute value: the five characters that could end
 * either are written as entities, so nothing a page wrote can become markup. Bidi controls stay
 * (they are part of what was recorded); the renderer isolates each value in <bdi> instead.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
