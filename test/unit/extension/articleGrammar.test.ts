/**
 * The `article` grammar, tokenized by the same engine VS Code uses (vscode-textmate on oniguruma), so
 * these tests see the scopes a theme will colour, not just that the JSON parses.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../../..');
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes/article.tmLanguage.json');

/** Every regex source in the grammar (match / begin / end / while), with where it sits. */
function grammarRegexes(node: unknown, where = '$'): { where: string; source: string }[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string'
      ? [{ where: `${where}.${key}`, source: value }]
      : grammarRegexes(value, `${where}.${key}`));
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'text.article' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null,
    });
    const grammar = await registry.loadGrammar('text.article');
    if (!grammar) throw new Error('the article grammar did not load');
    return grammar;
  })();
  return grammarPromise;
}

interface Token {
  text: string;
  scopes: string[];
}

async function tokenizeLines(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The scopes of the token where `fragment` starts in the (single) line. */
async function scopesAt(line: string, fragment: string): Promise<string[]> {
  const offset = line.indexOf(fragment);
  assert.ok(offset >= 0, `"${fragment}" is not in the line`);
  const [tokens] = await tokenizeLines(line);
  let position = 0;
  for (const token of tokens) {
    if (offset < position + token.text.length) return token.scopes;
    position += token.text.length;
  }
  throw new Error(`no token at ${offset}`);
}

function hasScope(scopes: string[], prefix: string): boolean {
  return scopes.some((scope) => scope === prefix || scope.startsWith(`${prefix}.`));
}

describe('extension: article grammar', () => {
  it('is valid JSON with the contract scope name, and every regex compiles (as JS, with the u flag)', () => {
    const grammar = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8')) as { scopeName: string };
    assert.equal(grammar.scopeName, 'text.article');
    const regexes = grammarRegexes(grammar);
    assert.ok(regexes.length >= 10, `only ${regexes.length} regexes found`);
    for (const { where, source } of regexes) assert.doesNotThrow(() => new RegExp(source, 'u'), where);
  });

  it('scopes curly and straight double quotes as strings, marks included', async () => {
    const line = 'He said “we are close” and "not yet" today.';
    assert.ok(hasScope(await scopesAt(line, 'we are close'), 'string.quoted.double.article'));
    assert.ok(hasScope(await scopesAt(line, '“we'), 'punctuation.definition.string.begin.article'));
    assert.ok(hasScope(await scopesAt(line, 'not yet'), 'string.quoted.double.article'));
    assert.ok(!hasScope(await scopesAt(line, 'today'), 'string'), 'the quote ends at its closing mark');
  });

  it('scopes a nested single quote inside a double one, and ignores apostrophes', async () => {
    const line = '“They called it ‘a farce,’ and Putin’s aides didn’t object,” she said. "It\'s the \'final offer\' now."';
    assert.ok(hasScope(await scopesAt(line, 'a farce'), 'string.quoted.single.article'));
    const afterApostrophe = await scopesAt(line, 's aides');
    assert.ok(!hasScope(afterApostrophe, 'string.quoted.single.article'), 'Putin’s does not open a nested quote');
    assert.ok(hasScope(afterApostrophe, 'string.quoted.double.article'));
    assert.ok(hasScope(await scopesAt(line, 'final offer'), 'string.quoted.single.article'));
    assert.ok(!hasScope(await scopesAt(line, 's the'), 'string.quoted.single.article'), 'It\'s is an apostrophe');
  });

  it('ends an unclosed quote with its paragraph', async () => {
    const [first, second] = await tokenizeLines('She said “this never closes\nThe next paragraph is plain.');
    assert.ok(first.some((token) => hasScope(token.scopes, 'string.quoted.double.article')));
    assert.ok(second.every((token) => !hasScope(token.scopes, 'string')), JSON.stringify(second));
  });

  it('scopes reporting cues, lower case only, and not inside quotes', async () => {
    const line = 'Officials said, according to Reuters, that the United States “said nothing.”';
    assert.ok(hasScope(await scopesAt(line, 'said,'), 'keyword.other.cue.article'));
    assert.ok(hasScope(await scopesAt(line, 'according to'), 'keyword.other.cue.phrase.article'));
    assert.ok(!hasScope(await scopesAt(line, 'States'), 'keyword'));
    assert.ok(!hasScope(await scopesAt(line, 'said nothing'), 'keyword'), 'a cue inside a quote is speech');
  });

  it('scopes honorific and titled names', async () => {
    const line = 'Mr. Peskov met President Volodymyr Zelensky and Dr. Jane Q. Public.';
    assert.ok(hasScope(await scopesAt(line, 'Mr.'), 'support.type.honorific.article'));
    assert.ok(hasScope(await scopesAt(line, 'Peskov'), 'entity.name.type.person.article'));
    assert.ok(hasScope(await scopesAt(line, 'President'), 'support.type.honorific.article'));
    assert.ok(hasScope(await scopesAt(line, 'Volodymyr Zelensky'), 'entity.name.type.person.article'));
    assert.ok(hasScope(await scopesAt(line, 'Jane Q. Public'), 'entity.name.type.person.article'));
    assert.ok(!hasScope(await scopesAt('The president spoke.', 'president'), 'support.type.honorific.article'));
    const possessive = 'Mr. Trump’s adviser met Ms. O’Brien-Smith.';
    assert.ok(!hasScope(await scopesAt(possessive, '’s adviser'), 'entity.name.type.person.article'), 'the possessive is not part of the name');
    const [tokens] = await tokenizeLines(possessive);
    assert.ok(tokens.some((token) => token.text === 'O’Brien-Smith' && hasScope(token.scopes, 'entity.name.type.person.article')));
  });

  it('scopes datelines at the start of a paragraph only', async () => {
    assert.ok(hasScope(await scopesAt('MOSCOW — The Kremlin said', 'MOSCOW'), 'markup.heading.dateline.article'));
    const reuters = 'WASHINGTON (Reuters) - Talks resumed.';
    assert.ok(hasScope(await scopesAt(reuters, 'WASHINGTON'), 'markup.heading.dateline.article'));
    assert.ok(hasScope(await scopesAt(reuters, '(Reuters)'), 'markup.heading.dateline.agency.article'));
    assert.ok(hasScope(await scopesAt('KYIV, Ukraine, March 14 — Sirens.', 'KYIV'), 'markup.heading.dateline.article'));
    assert.ok(!hasScope(await scopesAt('Talks in MOSCOW — again.', 'MOSCOW'), 'markup.heading'));
    assert.ok(!hasScope(await scopesAt('A — B', 'A'), 'markup.heading'), 'a single capital is not a dateline');
  });

  it('tokenizes the sample article without error, every quote scoped', async () => {
    const sample = readFileSync(path.join(ROOT, 'samples/ceasefire-talks.article'), 'utf8');
    const lines = await tokenizeLines(sample);
    const quoted = lines.flat().filter((token) => hasScope(token.scopes, 'string.quoted.double.article')).map((token) => token.text).join('');
    for (const quote of sample.match(/“[^”]*”/g) ?? []) assert.ok(quoted.includes(quote), `not scoped: ${quote}`);
    assert.ok((sample.match(/“[^”]*”/g) ?? []).length >= 10);
  });
});

describe('extension: article language configuration', () => {
  const configuration = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as {
    wordPattern: string;
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
  };

  it('auto-closes and surrounds with curly quotes', () => {
    assert.ok(configuration.autoClosingPairs.some((pair) => pair.open === '“' && pair.close === '”'));
    assert.ok(configuration.surroundingPairs.some(([open, close]) => open === '“' && close === '”'));
    assert.ok(!configuration.autoClosingPairs.some((pair) => pair.open === '\''), 'an apostrophe must not auto-close');
  });

  it('treats contractions, possessives and hyphenated words as one word', () => {
    const words = 'Putin’s cease-fire didn\'t hold; Zelensky—Kyiv'.match(new RegExp(configuration.wordPattern, 'g'));
    assert.deepEqual(words, ['Putin’s', 'cease-fire', 'didn\'t', 'hold', 'Zelensky', 'Kyiv']);
  });
});
