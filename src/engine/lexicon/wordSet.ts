/** The words of a lexicon written as text, any number to a line: "said says told" is three. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
