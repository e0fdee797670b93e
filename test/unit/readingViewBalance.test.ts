/**
 * The reading view's "Source balance" section (readingView/balanceHtml.ts): well-formed, escaped, CSP-clean markup
 * with one focusable bar per speaking actor and the same figures in tables. Invented texts only.
 */
import * as assert from 'node:assert/strict';
import { renderArticle } from '../../src/extension/readingView/renderArticle';
import { AnalysisBuilder, findAll, hasClass, parseHtml, textOf, type Element } from './readingViewHelpers';

const text = 'Ruiz said "the bridge is safe and sound." Officials said tolls would rise. Ruiz added "no." The dam reportedly failed.';

function balanceOf(source = text, hostileName = 'Ana Ruiz') {
  const builder = new AnalysisBuilder(source);
  const ruiz = builder.actor(hostileName, 'mayor');
  const officials = builder.actor('officials', null, { named: false });
  builder.actor('Silent Sam');
  builder.claim(ruiz, 'direct', builder.span('"the bridge is safe and sound."'), [builder.span('"the bridge is safe and sound."')]);
  builder.claim(officials, 'indirect', builder.span('tolls would rise'));
  builder.claim(ruiz, 'direct', builder.span('"no."'), [builder.span('"no."')]);
  builder.claim(null, 'indirect', builder.span('The dam reportedly failed'), [], 'reportedly');
  const html = renderArticle(source, builder.build()).balanceHtml;
  return { html, root: parseHtml(html), ruiz, officials };
}

const bars = (root: Element) => findAll(root, hasClass('balance-bar'));
const rows = (table: Element) => findAll(table, (e) => e.tag === 'tr').slice(1).map((tr) => findAll(tr, (e) => e.tag === 'th' || e.tag === 'td').map((cell) => textOf(cell)));

describe('reading view: source balance section', () => {
  it('is a collapsible section headed "Source balance"', () => {
    const { root } = balanceOf();
    const [details] = findAll(root, (e) => e.tag === 'details');
    assert.equal(details.attributes.id, 'balance');
    assert.equal(textOf(findAll(details, (e) => e.tag === 'summary')[0]), 'Source balance');
  });

  it('draws one focusable bar per speaking actor, most words first, each a labelled button for its actor', () => {
    const { root, ruiz, officials } = balanceOf();
    const drawn = bars(root);
    assert.deepEqual(drawn.map((bar) => bar.attributes['data-actor-id']), [ruiz, officials], 'the silent actor and the unsourced claim get no bar');
    for (const bar of drawn) {
      assert.equal(bar.attributes.tabindex, '0');
      assert.equal(bar.attributes.role, 'button');
      assert.equal(bar.attributes['aria-pressed'], 'false');
    }
    assert.equal(drawn[0].attributes['aria-label'], 'Ana Ruiz: 7 words quoted, 0 words paraphrased, 2 claims. Press to show only these claims.');
    assert.match(drawn[1].attributes['aria-label'], /^officials \(unnamed\): 0 words quoted, 3 words paraphrased, 1 claim\./);
    const width = (bar: Element, cls: string) => Number(findAll(bar, hasClass(cls))[0].attributes.width);
    assert.ok(width(drawn[0], 'bar-quoted') > width(drawn[1], 'bar-paraphrased'), 'bars scale with words');
    assert.equal(width(drawn[0], 'bar-paraphrased'), 0);
  });

  it('gives the same figures in tables: per speaker, by sourcing and by speaker kind', () => {
    const { root } = balanceOf();
    const tables = findAll(root, (e) => e.tag === 'table');
    assert.deepEqual(tables.map((t) => textOf(findAll(t, (e) => e.tag === 'caption')[0])),
      ['Words and claims per speaker', 'Claims by sourcing', 'Claims by speaker kind']);
    assert.deepEqual(rows(tables[0]), [['Ana Ruiz', '7', '0', '2'], ['officials (unnamed)', '0', '3', '1']]);
    assert.deepEqual(rows(tables[1]), [['Named', '2', '50%'], ['Unnamed source', '1', '25%'], ['No source', '1', '25%']]);
    assert.deepEqual(rows(tables[2])[0], ['Person', '3', '75%']);
    assert.ok(findAll(tables[0], (e) => e.tag === 'th').every((th) => th.attributes.scope === 'col' || th.attributes.scope === 'row'));
  });

  it('escapes names and never uses inline styles or scripts', () => {
    const hostile = '<img src=x onerror=alert(1)> "Ruiz" & Co';
    const { root } = balanceOf(text, hostile);
    const elements = findAll(root, () => true);
    assert.ok(!elements.some((e) => e.tag === 'img' || e.tag === 'script'), 'no element from the name');
    assert.ok(!elements.some((e) => Object.keys(e.attributes).some((name) => name === 'style' || name.startsWith('on'))), 'no inline style or handler');
    assert.ok(textOf(root).includes('<img src=x onerror=alert(1)> "Ruiz" & Co'));
  });

  it('says so when there is nothing to weigh', () => {
    const html = renderArticle('Nothing happened.', { actors: [], claims: [] }).balanceHtml;
    assert.equal(bars(parseHtml(html)).length, 0);
    assert.match(html, /No claims to weigh/);
  });
});
