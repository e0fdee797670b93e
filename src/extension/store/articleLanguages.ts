/** Which documents are articles: the `attributionLens.languages` setting, validated. */

export const DEFAULT_ARTICLE_LANGUAGES: readonly string[] = ['article', 'plaintext', 'markdown'];

/**
 * The language ids the setting names; a malformed value (not an array of strings, e.g. a hand-edited
 * settings.json) falls back to the default rather than switching the extension off silently.
 */
export function articleLanguages(setting: unknown): readonly string[] {
  if (!Array.isArray(setting) || !setting.every((id) => typeof id === 'string')) return DEFAULT_ARTICLE_LANGUAGES;
  return setting;
}

export function isArticleLanguage(languageId: string, setting: unknown): boolean {
  return articleLanguages(setting).includes(languageId);
}
