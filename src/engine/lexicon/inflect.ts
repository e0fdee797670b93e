/** Regular English verb inflection, enough to expand a lexicon of base forms into its surface forms. */

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'],
  know: ['knew', 'known'], see: ['saw', 'seen'], find: ['found'], hold: ['held'], speak: ['spoke', 'spoken'],
  swear: ['swore', 'sworn'], forecast: ['forecast'], read: ['read'], put: ['put'], give: ['gave', 'given'],
  make: ['made'], mean: ['meant'], hear: ['heard'], teach: ['taught'], understand: ['understood'],
  undertake: ['undertook', 'undertaken'], go: ['went', 'gone'], foresee: ['foresaw', 'foreseen'],
  bet: ['bet'], learn: ['learned', 'learnt'], dream: ['dreamed', 'dreamt'], take: ['took', 'taken'],
  withhold: ['withheld'], uphold: ['upheld'], forbid: ['forbade', 'forbidden'], sing: ['sang', 'sung'],
  seek: ['sought'], show: ['showed', 'shown'], prove: ['proved', 'proven'],
};

const VOWELS = 'aeiou';

function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
  if (base.endsWith('y') && !VOWELS.includes(base[base.length - 2])) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** Words whose final consonant doubles before -ed/-ing (stressed last syllable, consonant-vowel-consonant). */
const DOUBLES = new Set(['admit', 'commit', 'regret', 'refer', 'prefer', 'confer', 'infer', 'transmit',
  'submit', 'plan', 'chat', 'quip', 'rebut', 'stop', 'beg', 'bet', 'omit', 'permit', 'compel', 'repel',
  'rebel', 'propel', 'control', 'patrol', 'occur', 'concur', 'deter', 'aver', 'slam', 'blog', 'jot', 'nag',
  'snap', 'tip', 'flag', 'jab', 'grab', 'spar', 'stir', 'blur', 'pin', 'brag', 'dub']);

function pastForm(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (base.endsWith('y') && !VOWELS.includes(base[base.length - 2])) return base.slice(0, -1) + 'ied';
  if (DOUBLES.has(base)) return base + base[base.length - 1] + 'ed';
  return base + 'ed';
}

function gerund(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !base.endsWith('ee') && base !== 'be') return base.slice(0, -1) + 'ing';
  if (DOUBLES.has(base)) return base + base[base.length - 1] + 'ing';
  return base + 'ing';
}

/** A regular noun plural, which follows the same spelling rules as the third person ("concern" → "concerns"). */
export function regularPlural(noun: string): string {
  return thirdPerson(noun);
}

export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

/** Every surface form of a base verb, each tagged with its form. */
export function inflect(base: string): Array<[string, VerbForm]> {
  const forms: Array<[string, VerbForm]> = [[base, 'base'], [thirdPerson(base), 'third'], [gerund(base), 'gerund']];
  for (const past of IRREGULAR[base] ?? [pastForm(base)]) forms.push([past, 'past']);
  return forms;
}
