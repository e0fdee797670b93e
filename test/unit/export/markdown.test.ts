/**
 * The Markdown export, rendered with a real Markdown parser (markdown-it): one heading per speaker in
 * the documented order, one list item per claim with its line, and article text that stays text.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { Analysis } from '../../../src/engine/types';
import { formatMarkdown } from '../../../src/export/markdown';
import { ANALYSIS, OVER_TWO_LINES, RUIZ, TEXT } from './fixtures';
import { referenceArticle } from './referenceArticle';

const markdown = new MarkdownIt();

/** The rendered document's headings and list items, as text, in order. */
function outline(source: string): { headings: string[]; items: string[] } {
  const tokens = markdown.parse(source, {});
  const inlineAfter = (index: number) => tokens.slice(index).find((token) => token.type === 'inline')?.content ?? '';
  const textOf = (index: number) => markdown.renderInline(inlineAfter(index)).replace(/<[^>]+>/g, '');
  return {
    headings: tokens.flatMap((token, i) => (token.type === 'heading_open' && token.tag === 'h2' ? [textOf(i)] : [])),
    items: tokens.flatMap((token, i) => (token.type === 'list_item_open' ? [textOf(i)] : [])),
  };
}

describe('export: Markdown', () => {
  it('titles the list with the article’s name and counts claims and speakers', () => {
    const source = formatMarkdown(TEXT, ANALYSIS, { title: 'bridge.article' });
    assert.match(source, /^# Attributions in bridge\\?\.article\n\n6 claims from 3 speakers\./);
  });

  it('groups claims by speaker: named first, then unnamed sources, then claims with no source', () => {
    const { headings } = outline(formatMarkdown(TEXT, ANALYSIS));
    assert.deepEqual(headings, ['Ana Ruiz', 'a neighbor', 'officials', 'No source given']);
  });

  it('lists each claim once with its line, cue and kind; a direct claim by its quotes', () => {
    const { items } = outline(formatMarkdown(TEXT, ANALYSIS));
    assert.equal(items.length, ANALYSIS.claims.length);
    assert.equal(items[0], 'line 3 (said, quote): “The bridge will open in May, not June,” … “and the ferry will stop.”');
    assert.equal(items[1], 'line 4 (added, partial quote): the toll, if any, would be &quot;small&quot;');
    assert.equal(items[2], 'line 9 (quote): “We will be ready.”', 'a claim without a cue has no cue word');
  });

  it('gives a claim over several lines its line range, and says who the speaker is', () => {
    const source = formatMarkdown(TEXT, ANALYSIS);
    assert.ok(source.includes(`**lines 5–6** (*said*, partial quote): ${OVER_TWO_LINES.content.text.replace('\n', ' ')}`), source);
    assert.ok(source.includes(`*${RUIZ.role} · person · 3 claims*`), source);
    assert.ok(source.includes('*person · unnamed source · 1 claim*'), source);
  });

  it('keeps article text as text: no emphasis, link, HTML, code, heading or list comes from it', () => {
    const text = 'Ana Ruiz said *all* of [this](command:x) <img src=x onerror=alert(1)> `ran` # here\n- and more.';
    const content = { start: text.indexOf('*all*'), end: text.length, text: text.slice(text.indexOf('*all*')) };
    const analysis: Analysis = {
      actors: [{ ...RUIZ, name: 'Ana *Ruiz*', role: '- acting -', mentions: [] }],
      claims: [{ ...ANALYSIS.claims[1], content, quotes: [], cue: { start: 9, end: 13, text: 'said' } }],
    };
    const html = markdown.render(formatMarkdown(text, analysis, { title: '[x](y).txt' }));
    for (const tag of ['<em>Ruiz', '<em>all', '<a ', '<img', '<code>', '<h1>here', '<ul>\n<li>and']) assert.ok(!html.includes(tag), `${tag} in ${html}`);
    assert.ok(html.includes('*all* of [this](command:x) &lt;img src=x onerror=alert(1)&gt; `ran` # here - and more.'), html);
  });

  it('says so when there are no claims', () => {
    assert.equal(formatMarkdown('', { actors: [], claims: [] }), '# Attributions\n\nNo claims found.\n');
  });

  it('lists every claim of the reference article under its speaker', function () {
    this.timeout(20_000);
    const { text, analysis } = referenceArticle();
    const { headings, items } = outline(formatMarkdown(text, analysis, { title: 'ceasefire-talks.article' }));
    assert.equal(items.length, analysis.claims.length);
    assert.equal(headings[0], 'Dmitri S. Peskov', 'the speaker with the most claims comes first');
    assert.ok(items.every((item) => /^lines? \d+/.test(item)), items.join('\n'));
  });
});
