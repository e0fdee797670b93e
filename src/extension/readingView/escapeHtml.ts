/**
 * HTML escaping for everything the reading view prints that came from the article: text, actor
 * names and roles, evidence. All five characters are escaped so the result is safe both as element
 * content and inside a double- or single-quoted attribute.
 */
const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => replacements[character]);
}
