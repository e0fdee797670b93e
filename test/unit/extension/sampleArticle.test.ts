/**
 * The bundled sample and the real engine: the sample is the reference article byte for byte, and
 * the hover logic finds the right speaker for each of its quoted segments (the gold decides which).
 * Skips when ../shared (the fixture and its gold) is absent.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import { formatCitation } from '../../../src/extension/citation';
import { findActor } from '../../../src/extension/analysisLookup';
import { hoverTargetAt } from '../../../src/extension/hover/hoverContent';

const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLE = path.join(ROOT, 'samples/ceasefire-talks.article');
const FIXTURE = path.resolve(ROOT, '../shared/fixtures/ceasefire-talks.txt');
const GOLD = path.resolve(ROOT, '../shared/fixtures/ceasefire-talks.gold.json');

interface GoldAttribution {
  speaker: string;
  content: [number, number][];
}

/** The quoted segments “…” inside gold claims, each with the gold speaker of its claim. */
function goldQuotedSegments(text: string, attributions: GoldAttribution[]): { start: number; text: string; speaker: string }[] {
  const segments: { start: number; text: string; speaker: string }[] = [];
  for (const match of text.matchAll(/“[^”]*”/g)) {
    const start = match.index ?? 0;
    const owner = attributions.find((attribution) => attribution.content.some(([from, to]) => from <= start && start < to));
    if (owner) segments.push({ start, text: match[0], speaker: owner.speaker });
  }
  return segments;
}

describe('extension: the bundled sample article', function () {
  before(function () {
    if (!existsSync(FIXTURE) || !existsSync(GOLD)) {
      console.log('      SKIPPED: ../shared/fixtures is absent (the reference article and its gold).');
      this.skip();
    }
  });

  it('is the reference article, byte for byte', () => {
    assert.ok(readFileSync(SAMPLE).equals(readFileSync(FIXTURE)));
  });

  it('hovers each quoted segment with its gold speaker (real engine)', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const [gold] = JSON.parse(readFileSync(GOLD, 'utf8')) as { attributions: GoldAttribution[] }[];
    const segments = goldQuotedSegments(text, gold.attributions);
    assert.equal(segments.length, 10, 'the gold describes 10 quoted segments');
    const analysis = analyze(text);
    const wrong = segments.flatMap((segment) => {
      const target = hoverTargetAt(analysis, segment.start + 2);
      const speaker = target?.type === 'claim' ? target.actor?.name : undefined;
      return speaker === segment.speaker ? [] : [`${segment.text.slice(0, 30)}… → ${speaker ?? target?.type ?? 'no hover'}, expected ${segment.speaker}`];
    });
    assert.deepEqual(wrong, []);
  });

  it('cites the “cautious optimism” claim with Peskov\'s name and role (real engine)', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const analysis = analyze(text);
    const target = hoverTargetAt(analysis, text.indexOf('“cautious optimism”') + 2);
    assert.ok(target?.type === 'claim', 'the quote should hover as a claim');
    const citation = formatCitation(target.claim, findActor(analysis, target.claim.actor));
    assert.match(citation, /^“.*‘cautious optimism’.*,” Dmitri S\. Peskov, Kremlin spokesperson$/);
  });
});
