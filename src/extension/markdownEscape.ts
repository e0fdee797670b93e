/**
 * Article text goes into hovers and tooltips as markdown, so every character markdown could read as
 * syntax is backslash-escaped (CommonMark allows escaping any ASCII punctuation): a headline holding
 * `*`, `[link](command:…)` or `<img>` shows as typed and can never become a link, emphasis or HTML.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&:"'=$^%@;]/g;

/** Escapes article text for inline use: line breaks fold into spaces so it cannot start a block. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}
