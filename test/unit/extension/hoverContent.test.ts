import * as assert from 'node:assert/strict';
import { actorCardMarkdown, aliasesMarkdown, claimHoverMarkdown, confidencePercent, HOVER_COMMANDS, hoverMarkdown, hoverTargetAt } from '../../../src/extension/hover/hoverContent';
import type { Actor } from '../../../src/engine/types';
import { ARTICLE, BERG, DIRECT, fixtureAnalysis, INDIRECT, LUND, middle, spanOf, UNATTRIBUTED } from './fixtures';

const URI = 'file:///news/today.article';

/** The command links of a markdown string, with their decoded arguments. */
function commandLinks(markdown: string): { command: string; args: unknown[] }[] {
  return [...markdown.matchAll(/\(command:([\w.]+)\?([^ )]+)/g)].map((match) => ({
    command: match[1],
    args: JSON.parse(decodeURIComponent(match[2])) as unknown[],
  }));
}

function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('extension: what a hover is over', () => {
  const analysis = fixtureAnalysis();

  it('inside a quote: the claim, over the whole content', () => {
    const target = hoverTargetAt(analysis, middle(DIRECT.content));
    assert.equal(target?.type, 'claim');
    assert.equal(target.type === 'claim' && target.claim.id, 'c1');
    assert.deepEqual(target?.span, DIRECT.content);
  });

  it('on the first and last character of the content, but not just after it', () => {
    assert.equal(hoverTargetAt(analysis, DIRECT.content.start)?.type, 'claim');
    assert.equal(hoverTargetAt(analysis, DIRECT.content.end - 1)?.type, 'claim');
    const after = hoverTargetAt(analysis, DIRECT.content.end);
    assert.ok(after === undefined || after.type !== 'claim' || after.claim.id !== 'c1');
  });

  it('on the source "Anna Berg": the actor card, not the claim', () => {
    const target = hoverTargetAt(analysis, middle(DIRECT.source!));
    assert.equal(target?.type, 'actor');
    assert.equal(target?.type === 'actor' && target.actor.id, 'a1');
    assert.deepEqual(target?.span, DIRECT.source);
  });

  it('on a pronoun mention: the actor card', () => {
    const target = hoverTargetAt(analysis, middle(spanOf('She')));
    assert.equal(target?.type === 'actor' && target.actor.name, 'Anna Berg');
  });

  it('on the cue: its claim, over the cue', () => {
    const target = hoverTargetAt(analysis, middle(INDIRECT.cue!));
    assert.equal(target?.type === 'claim' && target.claim.id, 'c2');
    assert.deepEqual(target?.span, INDIRECT.cue);
  });

  it('on a word outside every claim and mention: nothing', () => {
    assert.equal(hoverTargetAt(analysis, middle(spanOf('talks'))), undefined);
    assert.equal(hoverTargetAt(analysis, ARTICLE.length + 10), undefined);
    assert.equal(hoverTargetAt({ actors: [], claims: [] }, 5), undefined);
  });
});

describe('extension: claim hover content', () => {
  const markdown = claimHoverMarkdown(DIRECT, BERG, URI);

  it('names the speaker and role, the cue, the kind, the confidence and the evidence', () => {
    const text = unescape(markdown);
    assert.ok(text.startsWith('**Anna Berg** — trade commissioner'), text);
    assert.match(text, /cue “said”/);
    assert.match(text, /direct quote/);
    assert.match(text, /confidence 90%/);
    assert.match(text, /Evidence: named after the quote: “said Anna Berg”/);
  });

  it('says what else the text calls the speaker, from the engine\'s aliases', () => {
    const text = unescape(markdown);
    assert.match(text, /^\*\*Anna Berg\*\* — trade commissioner\n\nAlso called: “the bloc's trade commissioner”\n\n/);
    assert.ok(!unescape(claimHoverMarkdown(DIRECT, { ...BERG, aliases: [] }, URI)).includes('Also called'), 'no line without aliases');
  });

  it('presents a speaker the text never names as an unnamed source', () => {
    const neighbors: Actor = { ...BERG, name: 'neighbors', role: null, aliases: ['residents'], named: false };
    const text = unescape(claimHoverMarkdown({ ...DIRECT, sourcing: 'unnamed' }, neighbors, URI));
    assert.ok(text.startsWith('Unnamed source: **neighbors**\n\nAlso called: “residents”'), text);
  });

  it('presents anonymous people of a named body as an unnamed source speaking for it', () => {
    const officials = { ...INDIRECT, sourcing: 'unnamed' as const, source: { start: 0, end: 19, text: 'two agency officials' } };
    const text = unescape(claimHoverMarkdown(officials, { ...BERG, name: 'Riverton Agency', role: null, aliases: [] }, URI));
    assert.ok(text.startsWith('Unnamed source: **two agency officials** — for Riverton Agency\n'), text);
  });

  it('names a definite description plainly, not as an unnamed source', () => {
    const company: Actor = { ...BERG, name: 'company', role: null, aliases: [], named: false };
    assert.ok(unescape(claimHoverMarkdown(INDIRECT, company, URI)).startsWith('**company**\n'));
  });

  it('links to Show in Actors and Show in Reading View with the claim as argument, and nothing else', () => {
    const links = commandLinks(markdown);
    assert.deepEqual(links.map((link) => link.command), [...HOVER_COMMANDS]);
    for (const link of links) assert.deepEqual(link.args, [{ uri: URI, claimId: 'c1' }]);
    assert.match(markdown, /\[Show in Actors\]/);
    assert.match(markdown, /\[Show in Reading View\]/);
  });

  it('says plainly when the article gives no source', () => {
    const text = unescape(claimHoverMarkdown(UNATTRIBUTED, undefined, URI));
    assert.ok(text.startsWith('**No source given**'), text);
    assert.match(text, /indirect \(paraphrase\)/);
  });

  it('says so when a source phrase was found but no speaker', () => {
    const text = unescape(claimHoverMarkdown({ ...UNATTRIBUTED, sourcing: 'named', source: { start: 0, end: 4, text: 'Lund' } }, undefined, URI));
    assert.match(text, /Unattributed/);
    assert.match(text, /“Lund” is not resolved/);
    assert.match(text, /indirect \(paraphrase\)/);
    assert.match(text, /confidence 30%/);
  });

  it('rounds the confidence to a whole percent and clamps nonsense', () => {
    assert.equal(confidencePercent(0.754), '75%');
    assert.equal(confidencePercent(1.7), '100%');
    assert.equal(confidencePercent(Number.NaN), '0%');
  });

  it('escapes article text, so markup in a name or evidence cannot make links or HTML', () => {
    const evil: Actor = { ...BERG, name: '[click](command:workbench.action.quit) <b>x</b>', role: '*boss*' };
    const hostile = claimHoverMarkdown({ ...DIRECT, evidence: '](command:evil)' }, evil, URI);
    assert.deepEqual(commandLinks(hostile).map((link) => link.command), [...HOVER_COMMANDS], 'only our two links');
    assert.ok(!hostile.includes('<b>'), hostile);
    assert.ok(unescape(hostile).includes('[click](command:workbench.action.quit) <b>x</b>'), 'the text still reads as written');
  });
});

describe('extension: actor card', () => {
  const analysis = fixtureAnalysis();

  it('shows name, role, kind, number of claims and the other names used', () => {
    const text = unescape(actorCardMarkdown(analysis, BERG));
    assert.ok(text.startsWith('**Anna Berg** — trade commissioner'), text);
    assert.match(text, /\*person\* · 2 claims · 3 mentions/);
    assert.match(text, /Also called: “the bloc's trade commissioner”$/, 'aliases only: no pronoun is a name');
  });

  it('an actor who says nothing: no claims, and no "Also called" without other names', () => {
    const text = unescape(actorCardMarkdown(analysis, LUND));
    assert.match(text, /no claims · 1 mention$/m);
    assert.ok(!text.includes('Also called'));
  });

  it('presents an unnamed actor as unnamed: a source when it speaks, an actor when it does not', () => {
    const speaking: Actor = { ...BERG, name: 'a senior official', role: null, named: false };
    assert.match(unescape(actorCardMarkdown(analysis, speaking)), /^Unnamed source: \*\*a senior official\*\*\n/);
    const silent: Actor = { ...LUND, name: 'neighbors', named: false };
    assert.match(unescape(actorCardMarkdown(analysis, silent)), /^Unnamed actor: \*\*neighbors\*\*\n/);
  });

  it('lists the aliases as given, whitespace folded, and caps the list', () => {
    const aliases = ['Ms.  Berg', 'Berg', ' ', 'a', 'b', 'c'];
    assert.equal(unescape(aliasesMarkdown({ ...BERG, aliases }, 4)), 'Also called: “Ms. Berg”, “Berg”, “a”, “b”, …');
    assert.equal(aliasesMarkdown({ ...BERG, aliases: [] }), '');
  });

  it('escapes aliases, so one cannot make a link or HTML', () => {
    const markdown = aliasesMarkdown({ ...BERG, aliases: ['[x](command:workbench.action.quit)', '<img src=x>'] });
    assert.ok(!markdown.includes('](command:') && !markdown.includes('<img src=x>'), markdown);
    assert.equal(unescape(markdown), 'Also called: “[x](command:workbench.action.quit)”, “<img src=x>”');
  });

  it('hoverMarkdown dispatches on the target', () => {
    const onSource = hoverTargetAt(analysis, middle(DIRECT.source!))!;
    assert.equal(hoverMarkdown(analysis, onSource, URI), actorCardMarkdown(analysis, BERG));
    const onQuote = hoverTargetAt(analysis, middle(DIRECT.content))!;
    assert.equal(hoverMarkdown(analysis, onQuote, URI), claimHoverMarkdown(DIRECT, BERG, URI));
  });
});
