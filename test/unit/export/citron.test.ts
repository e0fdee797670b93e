/**
 * The citron export (BBC citron's docs/data_format.md): every span reads back from the text, a quote
 * split around its speaker becomes two contents, claims without a cue (which the format cannot hold)
 * are left out, and offsets count code points as Python, which citron is written in, does.
 */
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/engine/types';
import { formatCitron, toCitron, type CitronDocument, type CitronSpan } from '../../../src/export/citron';
import { ANALYSIS, NO_CUE, RUIZ, SPLIT_QUOTE, TEXT, WITH_COMMAS } from './fixtures';
import { referenceArticle } from './referenceArticle';

function allSpans(document: CitronDocument): CitronSpan[] {
  return [...document.quotes.flatMap((quote) => [quote.cue, ...quote.sources, ...quote.contents]), ...document.coreference_groups.flat()];
}

describe('export: citron JSON', () => {
  it('has the format’s properties: text, quotes with cue, sources and contents, coreference groups', () => {
    const document = JSON.parse(formatCitron(TEXT, ANALYSIS)) as CitronDocument;
    assert.deepEqual(Object.keys(document), ['text', 'quotes', 'coreference_groups']);
    assert.equal(document.text, TEXT);
    for (const quote of document.quotes) assert.deepEqual(Object.keys(quote).slice(0, 3), ['cue', 'sources', 'contents']);
    for (const span of allSpans(document)) assert.deepEqual(Object.keys(span), ['start', 'end', 'text']);
  });

  it('gives every span the text between its offsets', () => {
    for (const span of allSpans(toCitron(TEXT, ANALYSIS))) assert.equal(TEXT.slice(span.start, span.end), span.text);
  });

  it('splits a quote around its speaker and cue into two contents, as citron annotates “…,” she said, “…”', () => {
    const quote = toCitron(TEXT, ANALYSIS).quotes.find((candidate) => candidate.id === SPLIT_QUOTE.id);
    assert.deepEqual(quote?.contents.map((content) => content.text), SPLIT_QUOTE.quotes.map((q) => q.text));
    assert.deepEqual(quote?.sources.map((source) => source.text), ['Ana Ruiz']);
    assert.equal(quote?.cue.text, 'said');
  });

  it('keeps a paraphrase whole, with the claim’s id and confidence', () => {
    const quote = toCitron(TEXT, ANALYSIS).quotes.find((candidate) => candidate.id === WITH_COMMAS.id);
    assert.deepEqual(quote?.contents, [WITH_COMMAS.content]);
    assert.equal(quote?.confidence, WITH_COMMAS.confidence);
  });

  it('leaves out a claim with no cue, since every citron quote has one, and gives a sourceless claim no sources', () => {
    const quotes = toCitron(TEXT, ANALYSIS).quotes;
    assert.deepEqual(quotes.map((quote) => quote.id), ANALYSIS.claims.filter((claim) => claim !== NO_CUE).map((claim) => claim.id));
    assert.deepEqual(quotes.find((quote) => quote.id === 'c5')?.sources, []);
  });

  it('makes one coreference group of each actor’s mentions', () => {
    const groups = toCitron(TEXT, ANALYSIS).coreference_groups;
    assert.equal(groups.length, ANALYSIS.actors.length);
    assert.deepEqual(groups[0], RUIZ.mentions);
  });

  it('counts offsets in code points when the text holds characters beyond U+FFFF', () => {
    const text = '🌉🌉 Ana Ruiz said the bridge would open.';
    const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle });
    const analysis: Analysis = {
      actors: [{ ...RUIZ, mentions: [at('Ana Ruiz')] }],
      claims: [{ ...WITH_COMMAS, actor: 'a1', content: at('the bridge would open'), quotes: [], cue: at('said'), source: at('Ana Ruiz') }],
    };
    const codePoints = Array.from(text);
    const spans = allSpans(toCitron(text, analysis));
    assert.equal(spans[0].start, at('said').start - 2, 'two emoji are four UTF-16 units but two code points');
    for (const span of spans) assert.equal(codePoints.slice(span.start, span.end).join(''), span.text);
  });

  it('writes an empty document for an analysis that found nothing', () => {
    assert.deepEqual(toCitron('', { actors: [], claims: [] }), { text: '', quotes: [], coreference_groups: [] });
  });

  it('round-trips the reference article: every span equals text.slice(start, end)', function () {
    this.timeout(20_000);
    const { text, analysis } = referenceArticle();
    const document = JSON.parse(formatCitron(text, analysis)) as CitronDocument;
    assert.equal(document.text, text);
    assert.equal(document.quotes.length, analysis.claims.filter((claim) => claim.cue !== null).length);
    assert.ok(document.quotes.length >= 17, `expected at least 17 quotes, got ${document.quotes.length}`);
    const spans = allSpans(document);
    assert.ok(spans.length > 100, `expected the article's cues, sources, contents and mentions, got ${spans.length} spans`);
    const wrong = spans.filter((span) => text.slice(span.start, span.end) !== span.text);
    assert.deepEqual(wrong, []);
  });
});
