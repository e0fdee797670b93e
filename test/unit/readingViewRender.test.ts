import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Analysis } from '../../src/engine/types';
import { splitIntoBlocks } from '../../src/extension/readingView/articleBlocks';
import { legendTitle, renderArticle, renderArticleBody } from '../../src/extension/readingView/renderArticle';
import { AnalysisBuilder, findAll, hasClass, isSpeakerLabel, parseHtml, textOf, type Element } from './readingViewHelpers';

const empty: Analysis = { actors: [], claims: [] };

const claimRuns = (root: Element, claimId?: string) =>
  findAll(root, (element) => element.attributes['data-claim-id'] !== undefined &&
    (claimId === undefined || element.attributes['data-claim-id'] === claimId));
const paragraphs = (root: Element) => findAll(root, (element) => element.tag === 'p');

// A short article written for these tests: a headline, a quote with a named speaker, a paraphrase.
const harbour = [
  'Harbour Board Delays Vote',
  'The chair, Ana Ruiz, said the board "will not rush a decision" on the new pier.',
  'According to the mayor, the budget is tight but workable.',
].join('\n');

function harbourAnalysis(): { analysis: Analysis; quote: string; paraphrase: string } {
  const builder = new AnalysisBuilder(harbour);
  const ruiz = builder.actor('Ana Ruiz', 'board chair');
  const mayor = builder.actor('the mayor');
  const quote = builder.claim(ruiz, 'direct', builder.span('"will not rush a decision"'), [builder.span('"will not rush a decision"')], 'said');
  const paraphrase = builder.claim(mayor, 'indirect', builder.span('the budget is tight but workable'), [], 'According to');
  return { analysis: builder.build(), quote, paraphrase };
}

describe('reading view renderer', () => {
  it('renders an article holding markup as inert text', () => {
    const text = 'Breaking: <script>alert(1)</script> and <img src=x onerror=alert(1)> were posted.\nSecond line & "more" \'here\'.';
    const html = renderArticleBody(text, empty);
    assert.ok(!html.includes('<script'), 'no script element');
    assert.ok(!html.includes('<img'), 'no img element');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&amp; &quot;more&quot; &#39;here&#39;'));
    const root = parseHtml(html);
    assert.deepEqual(paragraphs(root).map((p) => textOf(p)), text.split('\n'));
  });

  it('marks each claim with its id, speaker, colour slot and accessible label', () => {
    const { analysis, quote, paraphrase } = harbourAnalysis();
    const root = parseHtml(renderArticleBody(harbour, analysis));

    const [quoteRun] = claimRuns(root, quote);
    assert.equal(textOf(quoteRun, isSpeakerLabel), '"will not rush a decision"');
    assert.equal(quoteRun.attributes.tabindex, '0');
    assert.equal(quoteRun.attributes.role, 'button');
    assert.equal(quoteRun.attributes['aria-label'], 'Claim by Ana Ruiz: "will not rush a decision"');
    assert.ok(hasClass('kind-direct')(quoteRun) && hasClass('claim-head')(quoteRun));

    const [paraphraseRun] = claimRuns(root, paraphrase);
    assert.equal(textOf(paraphraseRun), 'the budget is tight but workable');
    assert.equal(paraphraseRun.attributes['aria-label'], 'Claim by the mayor: the budget is tight but workable');
    assert.ok(hasClass('kind-indirect')(paraphraseRun));
    // Distinct speakers, distinct colours.
    const slot = (element: Element) => (element.attributes.class.match(/slot-\d/) ?? [''])[0];
    assert.notEqual(slot(quoteRun), slot(paraphraseRun));
  });

  it('marks quoted runs and labels each quote with its speaker, but not paraphrases', () => {
    const { analysis, quote } = harbourAnalysis();
    const root = parseHtml(renderArticleBody(harbour, analysis));
    const [quoteRun] = claimRuns(root, quote);
    assert.deepEqual(findAll(quoteRun, hasClass('quote')).map((element) => textOf(element)), ['"will not rush a decision"']);
    const labels = findAll(root, isSpeakerLabel);
    assert.deepEqual(labels.map((label) => textOf(label)), ['Ana Ruiz']);
    assert.equal(labels[0].attributes['aria-hidden'], 'true');
    assert.equal(findAll(quoteRun, isSpeakerLabel).length, 0, 'the label is beside the claim, not inside it');
  });

  it('puts the label after a mixed claim\'s last quote and continues the claim after it', () => {
    const text = 'He said the deal was "close" and "nearly done" for now.';
    const builder = new AnalysisBuilder(text);
    const he = builder.actor('Omar Haddad');
    const id = builder.claim(he, 'mixed', builder.span('the deal was "close" and "nearly done" for now'), [builder.span('"close"'), builder.span('"nearly done"')]);
    const root = parseHtml(renderArticleBody(text, builder.build()));
    assert.deepEqual(claimRuns(root, id).map((run) => [textOf(run), run.attributes.tabindex]),
      [['the deal was "close" and "nearly done"', '0'], [' for now', undefined]]);
    assert.deepEqual(findAll(root, hasClass('quote')).map((quote) => textOf(quote)), ['"close"', '"nearly done"']);
    assert.equal(findAll(root, isSpeakerLabel).length, 1);
    assert.equal(textOf(root), 'He said the deal was "close" and "nearly done"Omar Haddad for now.');
  });

  it('marks only a claim\'s parts, leaving the attribution between its quotes as plain text', () => {
    const text = '“We are ready,” said Ana Ruiz, the chair. “The vote is on Tuesday.”';
    const builder = new AnalysisBuilder(text);
    const ruiz = builder.actor('Ana Ruiz');
    const first = builder.span('“We are ready,”');
    const second = builder.span('“The vote is on Tuesday.”');
    const id = builder.claim(ruiz, 'direct', { start: first.start, end: second.end, text: text.slice(first.start, second.end) }, [first, second], 'said');
    const analysis = builder.build();
    analysis.claims[0].parts = [first, second];
    const root = parseHtml(renderArticleBody(text, analysis));
    assert.deepEqual(claimRuns(root, id).map((run) => textOf(run, isSpeakerLabel)), [first.text, second.text]);
    assert.equal(textOf(root, isSpeakerLabel), text);
  });

  it('gives every paragraph its editor line for scroll sync', () => {
    const root = parseHtml(renderArticleBody('Title\n\nFirst paragraph.\nSecond paragraph.\n\n\nLast one.', empty));
    assert.deepEqual(paragraphs(root).map((p) => [p.attributes.class, p.attributes['data-line'], textOf(p)]), [
      ['code-line', '0', 'Title'],
      ['code-line', '2', 'First paragraph.'],
      ['code-line', '3', 'Second paragraph.'],
      ['code-line', '6', 'Last one.'],
    ]);
  });

  it('escapes names, roles and ids that come from the text wherever they are printed', () => {
    const text = 'The envoy said "we are close" today.';
    const builder = new AnalysisBuilder(text);
    const envoy = builder.actor('Jo "Scoop" <b>Lee</b> & Co', `envoy's <i>aide</i>`);
    builder.claim(envoy, 'direct', builder.span('"we are close"'), [builder.span('"we are close"')], 'said');
    const analysis = builder.build();
    analysis.claims[0].id = 'c1" onmouseover="alert(1)';
    const { bodyHtml, legendHtml, cards } = renderArticle(text, analysis);

    for (const html of [bodyHtml, legendHtml]) {
      assert.ok(!/<(b|i)>/.test(html), 'names and roles are not markup');
      assert.ok(!html.includes('onmouseover="'), 'no attribute can be injected');
    }
    const body = parseHtml(bodyHtml);
    const [run] = claimRuns(body);
    assert.equal(run.attributes['data-claim-id'], 'c1" onmouseover="alert(1)');
    assert.equal(run.attributes['aria-label'], 'Claim by Jo "Scoop" <b>Lee</b> & Co: "we are close"');
    assert.equal(textOf(findAll(body, isSpeakerLabel)[0]), 'Jo "Scoop" <b>Lee</b> & Co');
    const legend = parseHtml(legendHtml);
    assert.equal(textOf(findAll(legend, hasClass('legend-name'))[0]), 'Jo "Scoop" <b>Lee</b> & Co');
    assert.equal(textOf(findAll(legend, hasClass('legend-role'))[0]), `envoy's <i>aide</i>`);
    // Cards carry plain strings: the webview sets them with textContent.
    assert.equal(cards[0].speaker, 'Jo "Scoop" <b>Lee</b> & Co');
  });

  it('renders an empty analysis as plain paragraphs with an empty legend', () => {
    const { bodyHtml, legendHtml, actorCount, cards } = renderArticle(harbour, empty);
    const root = parseHtml(bodyHtml);
    assert.equal(claimRuns(root).length, 0);
    assert.equal(paragraphs(root).length, 3);
    assert.equal(actorCount, 0);
    assert.deepEqual(cards, []);
    assert.match(legendHtml, /No attributed claims/);
  });

  it('says so when the article is empty or blank', () => {
    for (const text of ['', '  \n\n \t']) {
      const root = parseHtml(renderArticleBody(text, empty));
      assert.equal(findAll(root, (element) => element.attributes['data-line'] !== undefined).length, 0);
      assert.match(textOf(root), /empty/);
    }
  });

  it('splits a claim that crosses paragraphs into one run per paragraph, focusable once', () => {
    const text = 'She said the plan "is ready.\nIt starts in May" and left.';
    const builder = new AnalysisBuilder(text);
    const she = builder.actor('Mara Voss');
    const quote = builder.span('"is ready.\nIt starts in May"');
    const id = builder.claim(she, 'direct', quote, [quote], 'said');
    const root = parseHtml(renderArticleBody(text, builder.build()));
    const runs = claimRuns(root, id);
    assert.deepEqual(runs.map((run) => textOf(run, isSpeakerLabel)), ['"is ready.', 'It starts in May"']);
    assert.deepEqual(runs.map((run) => run.attributes.tabindex), ['0', undefined]);
    assert.equal(findAll(root, isSpeakerLabel).length, 1, 'one label, after the quote ends');
    assert.equal(textOf(paragraphs(root)[1], isSpeakerLabel), 'It starts in May" and left.');
  });

  it('lets the shorter of two overlapping claims own the overlap and keeps both reachable', () => {
    const text = 'Officials said that the mayor called the deal "a fair start" before the vote.';
    const builder = new AnalysisBuilder(text);
    const officials = builder.actor('Officials');
    const mayor = builder.actor('the mayor');
    const outer = builder.claim(officials, 'mixed', builder.span('the mayor called the deal "a fair start" before the vote'), [builder.span('"a fair start"')]);
    const inner = builder.claim(mayor, 'direct', builder.span('"a fair start"'), [builder.span('"a fair start"')]);
    const root = parseHtml(renderArticleBody(text, builder.build()));
    assert.deepEqual(claimRuns(root, inner).map((run) => textOf(run, isSpeakerLabel)), ['"a fair start"']);
    assert.deepEqual(claimRuns(root, outer).map((run) => textOf(run, isSpeakerLabel)), ['the mayor called the deal ', ' before the vote']);
    assert.equal(findAll(root, hasClass('claim-head')).length, 2);
    // The text itself is intact, in order.
    assert.equal(textOf(root, isSpeakerLabel), text);
  });

  it('ignores spans outside the text or reversed instead of failing', () => {
    const text = 'A short line.';
    const analysis: Analysis = {
      actors: [{ id: 'a1', name: 'Someone', kind: 'person', role: null, aliases: [], named: true, mentions: [] }],
      claims: [
        { id: 'c1', actor: 'a1', kind: 'indirect', sourcing: 'named', content: { start: 50, end: 80, text: '' }, parts: [{ start: 50, end: 80, text: '' }], quotes: [], cue: null, source: null, confidence: 0.5, evidence: '' },
        { id: 'c2', actor: 'a1', kind: 'indirect', sourcing: 'named', content: { start: 8, end: 2, text: '' }, parts: [{ start: 8, end: 2, text: '' }], quotes: [], cue: null, source: null, confidence: 0.5, evidence: '' },
        { id: 'c3', actor: 'a9', kind: 'direct', sourcing: 'named', content: { start: 2, end: 7, text: 'short' }, parts: [{ start: 2, end: 7, text: 'short' }], quotes: [{ start: 2, end: 7, text: 'short' }], cue: null, source: null, confidence: 0.5, evidence: '' },
      ],
    };
    const root = parseHtml(renderArticleBody(text, analysis));
    assert.deepEqual(claimRuns(root).map((run) => run.attributes['data-claim-id']), ['c3']);
    assert.equal(claimRuns(root)[0].attributes['aria-label'], 'Claim by unknown speaker: short');
    assert.equal(textOf(root), text, 'an unknown speaker gets no label');
  });

  it('lists speakers in the legend, most claims first, with role, count and colour', () => {
    const text = 'Ann said "yes." Ben said "no." Ann added "maybe." Someone claimed it rained.';
    const builder = new AnalysisBuilder(text);
    const ben = builder.actor('Ben Oduya');
    const ann = builder.actor('Ann Park', 'senator');
    builder.actor('Quiet Person');
    builder.claim(ann, 'direct', builder.span('"yes."'), [builder.span('"yes."')]);
    builder.claim(ben, 'direct', builder.span('"no."'), [builder.span('"no."')]);
    builder.claim(ann, 'direct', builder.span('"maybe."'), [builder.span('"maybe."')]);
    builder.claim(null, 'indirect', builder.span('it rained'), [], null, 'named');
    const { legendHtml, actorCount } = renderArticle(text, builder.build());
    const items = findAll(parseHtml(legendHtml), hasClass('legend-item'));
    assert.deepEqual(items.map((item) => textOf(item)), ['Ann Parksenator2 claims', 'Ben Oduya1 claim', 'Unknown speaker1 claim']);
    assert.deepEqual(items.map((item) => item.attributes['data-actor-id']), [ann, ben, undefined]);
    assert.deepEqual(items.map((item) => findAll(item, hasClass('swatch'))[0].attributes.class), ['swatch slot-0', 'swatch slot-1', 'swatch slot-none']);
    assert.equal(actorCount, 2, 'speakers only: the quiet actor and the unknown row are not counted');
    assert.equal(findAll(parseHtml(legendHtml), hasClass('legend-sourcing-item')).length, 0, 'no unnamed or unsourced claim: no entry for their marks');
  });

  it('marks unnamed and unsourced claims in styles of their own, each with a legend entry and a plain label', () => {
    const text = 'Officials said the toll would rise. The dam reportedly failed. Ruiz said "fine."';
    const builder = new AnalysisBuilder(text);
    const officials = builder.actor('officials', null, { named: false });
    const ruiz = builder.actor('Ana Ruiz');
    const unnamed = builder.claim(officials, 'indirect', builder.span('the toll would rise'));
    const none = builder.claim(null, 'indirect', builder.span('The dam reportedly failed'), [], 'reportedly');
    const named = builder.claim(ruiz, 'direct', builder.span('"fine."'), [builder.span('"fine."')]);
    const { bodyHtml, legendHtml, cards } = renderArticle(text, builder.build());
    const root = parseHtml(bodyHtml);
    const [unnamedRun] = claimRuns(root, unnamed);
    const [noneRun] = claimRuns(root, none);
    const [namedRun] = claimRuns(root, named);
    assert.ok(hasClass('sourcing-unnamed')(unnamedRun) && !hasClass('sourcing-none')(unnamedRun));
    assert.ok(hasClass('sourcing-none')(noneRun));
    assert.ok(!hasClass('sourcing-unnamed')(namedRun) && !hasClass('sourcing-none')(namedRun));
    assert.equal(unnamedRun.attributes['aria-label'], 'Claim by an unnamed source, officials: the toll would rise');
    assert.equal(noneRun.attributes['aria-label'], 'Claim with no source given: The dam reportedly failed');
    assert.equal(unnamedRun.attributes['data-actor-id'], officials);
    assert.equal(noneRun.attributes['data-actor-id'], undefined);
    const entries = findAll(parseHtml(legendHtml), hasClass('legend-sourcing-item'));
    assert.deepEqual(entries.map((item) => [item.attributes['data-sourcing'], textOf(item)]), [['unnamed', 'abcUnnamed source1 claim'], ['none', 'abcNo source1 claim']]);
    assert.equal(findAll(parseHtml(legendHtml), (e) => textOf(e) === 'Unknown speaker').length, 0, 'a claim with no source is not an unknown speaker');
    assert.deepEqual(cards.map((card) => card.speaker), ['Unnamed source: officials', 'No source given', 'Ana Ruiz']);
  });

  it('lists unnamed speakers after every named one, colours following the legend, and says they are unnamed', () => {
    const text = 'A neighbor said "no." Ruiz said "yes." A neighbor added "never." Officials said "later."';
    const builder = new AnalysisBuilder(text);
    const neighbor = builder.actor('a neighbor', null, { named: false });
    const ruiz = builder.actor('Ana Ruiz', 'mayor', { aliases: ['Ruiz', 'the mayor'] });
    const officials = builder.actor('officials', null, { named: false });
    builder.claim(neighbor, 'direct', builder.span('"no."'), [builder.span('"no."')]);
    builder.claim(ruiz, 'direct', builder.span('"yes."'), [builder.span('"yes."')]);
    builder.claim(neighbor, 'direct', builder.span('"never."'), [builder.span('"never."')]);
    builder.claim(officials, 'direct', builder.span('"later."'), [builder.span('"later."')]);
    const { legendHtml, actorCount } = renderArticle(text, builder.build());
    const items = findAll(parseHtml(legendHtml), hasClass('legend-item'));
    assert.deepEqual(items.map((item) => item.attributes['data-actor-id']), [ruiz, neighbor, officials], 'one row per actor, named first');
    assert.deepEqual(items.map((item) => findAll(item, hasClass('swatch'))[0].attributes.class), ['swatch slot-0', 'swatch slot-1', 'swatch slot-2']);
    assert.deepEqual(items.map((item) => item.attributes.title), ['Also called: Ruiz, the mayor', 'Unnamed source', 'Unnamed source']);
    assert.deepEqual(items.map((item) => findAll(item, hasClass('legend-unnamed-note')).length), [0, 1, 1]);
    assert.equal(textOf(items[1]), 'a neighborunnamed2 claims');
    assert.equal(actorCount, 3);
  });

  it('escapes aliases in the legend title and leaves out the title when there is nothing to say', () => {
    const text = 'Lee said "hi."';
    const builder = new AnalysisBuilder(text);
    const lee = builder.actor('Jo Lee', null, { aliases: ['"Scoop" <b>Lee</b> & Co', ' '], named: false });
    builder.claim(lee, 'direct', builder.span('"hi."'), [builder.span('"hi."')]);
    const { legendHtml } = renderArticle(text, builder.build());
    assert.ok(!legendHtml.includes('<b>'), legendHtml);
    const [item] = findAll(parseHtml(legendHtml), hasClass('legend-item'));
    assert.equal(item.attributes.title, 'Unnamed source · also called: "Scoop" <b>Lee</b> & Co');
    assert.equal(legendTitle({ id: 'a1', name: 'Ann', kind: 'person', role: null, aliases: [], named: true, mentions: [] }), '');
  });

  it('gives the hover card the speaker\'s aliases and presents an unnamed speaker as unnamed', () => {
    const text = 'Ruiz said "yes." A neighbor said "no."';
    const builder = new AnalysisBuilder(text);
    const ruiz = builder.actor('Ana Ruiz', null, { aliases: ['Ruiz'] });
    const neighbor = builder.actor('a neighbor', null, { named: false });
    builder.claim(ruiz, 'direct', builder.span('"yes."'), [builder.span('"yes."')]);
    builder.claim(neighbor, 'direct', builder.span('"no."'), [builder.span('"no."')]);
    const { cards } = renderArticle(text, builder.build());
    assert.deepEqual(cards.map((card) => [card.speaker, card.aliases]), [['Ana Ruiz', ['Ruiz']], ['Unnamed source: a neighbor', []]]);
  });

  it('builds hover-card data for every claim', () => {
    const { analysis, quote } = harbourAnalysis();
    const { cards } = renderArticle(harbour, analysis);
    assert.deepEqual(cards.find((card) => card.claimId === quote), {
      claimId: quote, speaker: 'Ana Ruiz', role: 'board chair', aliases: [], cue: 'said', kind: 'direct', confidence: 0.8, evidence: 'named subject of the cue',
    });
    assert.equal(cards.length, analysis.claims.length);
  });

  it('keeps any text and any claims well-formed, complete and inert (property)', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '\n', '<', '>', '&', '"', "'", '“', '”', '.', 'x');
    const spanArb = fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 }));
    fc.assert(fc.property(
      fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')),
      fc.array(fc.record({ content: spanArb, quote: fc.option(spanArb), speaker: fc.boolean() }), { maxLength: 6 }),
      (text, rawClaims) => {
        const analysis: Analysis = {
          actors: [{ id: 'a1', name: '<Name & "Co">', kind: 'person', role: null, aliases: [], named: true, mentions: [] }],
          claims: rawClaims.map((raw, index) => ({
            id: `c${index + 1}`, actor: raw.speaker ? 'a1' : null, kind: 'mixed', sourcing: raw.speaker ? 'named' : 'none',
            content: { start: raw.content[0], end: raw.content[1], text: '' }, parts: [{ start: raw.content[0], end: raw.content[1], text: '' }],
            quotes: raw.quote ? [{ start: raw.quote[0], end: raw.quote[1], text: '' }] : [],
            cue: null, source: null, confidence: 1, evidence: '',
          })),
        };
        const root = parseHtml(renderArticleBody(text, analysis)); // throws on bad nesting or raw markup
        const blocks = splitIntoBlocks(text);
        const shown = paragraphs(root).filter((p) => p.attributes['data-line'] !== undefined);
        assert.deepEqual(shown.map((p) => textOf(p, isSpeakerLabel)), blocks.map((block) => text.slice(block.start, block.end)));
        const heads = findAll(root, hasClass('claim-head')).map((element) => element.attributes['data-claim-id']);
        assert.equal(new Set(heads).size, heads.length, 'one focusable head per claim');
      },
    ), { numRuns: 300 });
  });
});
