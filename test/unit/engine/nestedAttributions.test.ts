/**
 * Attributions inside someone's words (assemble.ts, dropNestedAttributions): the outer speaker's claim holds them,
 * except a report a wire or paper passes on. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

const speakers = (text: string) => {
  const a = analyze(text);
  return a.claims.map((c) => a.actors.find((x) => x.id === c.actor)?.name ?? null);
};

describe('nested attributions', () => {
  it('keeps one claim of Ruiz for "Ruiz said Hale told her the bridge was unsafe"', () => {
    assert.deepEqual(speakers('Ana Ruiz said Tom Hale told her the bridge was unsafe.'), ['Ana Ruiz']);
  });

  it('keeps one claim for a stance inside speech ("he said he would support the levy")', () => {
    assert.deepEqual(speakers('Tom Hale said he would support the levy.'), ['Tom Hale']);
  });

  it('keeps the source a paper passes on: "KRVT reports that the ministry confirmed …"', () => {
    const names = speakers('KRVT reports that the Riverton Ministry of Health had confirmed the first case of the flu.');
    assert.ok(names.includes('Riverton Ministry of Health'), names.join(', '));
  });

  it('gives "Ruiz is expected to back the plan, sources said" to the sources, not to nobody', () => {
    const a = analyze('Mayor Ana Ruiz is expected to back the plan, sources said.');
    assert.deepEqual(a.claims.map((c) => [a.actors.find((x) => x.id === c.actor)?.name ?? null, c.sourcing]), [['sources', 'unnamed']]);
  });

  it('keeps the unsourced expectation when nobody else is named: "Ruiz is expected to back the plan."', () => {
    const a = analyze('Mayor Ana Ruiz is expected to back the plan.');
    assert.deepEqual(a.claims.map((c) => c.sourcing), ['none']);
  });
});
