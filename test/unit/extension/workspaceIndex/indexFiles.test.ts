import * as assert from 'node:assert/strict';
import { contentHash, indexFiles, type IndexSource } from '../../../../src/extension/workspaceIndex/indexFiles';
import { MAX_LISTED_CLAIMS, summarize, type FileSummary } from '../../../../src/extension/workspaceIndex/fileSummary';
import { analyze } from '../../../../src/engine';
import type { Analysis } from '../../../../src/engine/types';
import { decodeArticle } from '../../../../src/extension/workspaceIndex/articleBytes';

const RUIZ = 'Intro line.\n“The bridge will open in May,” said Ana Ruiz, the mayor of Riverton.\nA neighbor said it was late.\n';
const HALE = 'Tom Hale said the ferry would stop in winter.\n';

function memoryCache() {
  const map = new Map<string, FileSummary>();
  return { map, get: (hash: string) => map.get(hash), set: (hash: string, summary: FileSummary) => void map.set(hash, summary) };
}

/** What the extension does where there is no worker: decode, check the length, analyse, summarise. */
const summarizeWith = (maxLength: number, engine: (text: string) => Analysis | Promise<Analysis>) => async (bytes: Uint8Array): Promise<FileSummary> => {
  const text = decodeArticle(bytes, maxLength);
  return summarize(await engine(text), text);
};

const sourceOf = (key: string, content: string | Uint8Array): IndexSource =>
  ({ key, read: async () => (typeof content === 'string' ? new TextEncoder().encode(content) : content) });

describe('extension: workspace index files', () => {
  it('summarises named speakers with their claims\' lines and previews, leaving unnamed sources out', () => {
    const summary = summarize(analyze(RUIZ), RUIZ);
    assert.deepEqual(summary.actors.map((actor) => actor.name), ['Ana Ruiz']);
    const [claim] = summary.actors[0].claims;
    assert.equal(claim.line, 2);
    assert.equal(claim.preview, '“The bridge will open in May,”');
    assert.equal(RUIZ.slice(claim.start, claim.end), claim.preview);
    assert.equal(claim.cue, 'said');
  });

  it('lists at most MAX_LISTED_CLAIMS claims of a huge file but counts them all', () => {
    const text = HALE.repeat(MAX_LISTED_CLAIMS + 10);
    const [hale] = summarize(analyze(text), text).actors;
    assert.equal(hale.claimCount, MAX_LISTED_CLAIMS + 10);
    assert.equal(hale.claims.length, MAX_LISTED_CLAIMS);
    assert.equal(hale.claims[1].line, 2);
  });

  it('analyses each content once: a second file with the same bytes, or a second run, comes from the cache', async () => {
    const cache = memoryCache();
    const analysed: string[] = [];
    const options = { cache, summarize: summarizeWith(1000, (text) => { analysed.push(text); return analyze(text); }) };
    const first = await indexFiles([sourceOf('a', RUIZ), sourceOf('b', HALE), sourceOf('c', RUIZ)], options);
    // Files are read and hashed concurrently, so the order of the two analyses is not fixed; each content once is.
    assert.deepEqual([...analysed].sort(), [RUIZ, HALE].sort());
    assert.equal(cache.map.size, 2);
    const again = await indexFiles([sourceOf('a', RUIZ), sourceOf('b', HALE)], options);
    assert.equal(analysed.length, 2, 'nothing analysed again');
    assert.deepEqual(again.get('a'), { ...first.get('a'), cached: true });
    // Of the two files with the same bytes, whichever was hashed first was analysed; the other shared that analysis
    // while it ran, or came from the cache after: never both from the cache.
    const cached = ['a', 'b', 'c'].map((key) => { const entry = first.get(key)!; return 'cached' in entry && entry.cached === true; });
    assert.equal(cached[1], false);
    assert.equal(cached[0] && cached[2], false, JSON.stringify(cached));
    assert.equal((first.get('a') as { hash: string }).hash, await contentHash(new TextEncoder().encode(RUIZ)));
  });

  it('gives an unreadable, non-UTF-8, too long or crashing file an error entry and goes on', async () => {
    const entries = await indexFiles([
      { key: 'gone', read: () => Promise.reject(new Error('ENOENT')) },
      sourceOf('latin1', new Uint8Array([0x63, 0x61, 0x66, 0xe9])),
      sourceOf('long', 'x'.repeat(50)),
      sourceOf('crash', 'CRASH'),
      sourceOf('fine', HALE),
    ], {
      cache: memoryCache(),
      summarize: summarizeWith(49, (text) => { if (text === 'CRASH') throw new Error('engine failure'); return analyze(text); }),
    });
    assert.deepEqual([...entries].map(([key, entry]) => [key, 'error' in entry ? entry.error : 'ok']), [
      ['gone', 'cannot read it: ENOENT'],
      ['latin1', 'not valid UTF-8 text'],
      ['long', 'longer than 49 characters (attributionLens.maxDocumentLength)'],
      ['crash', 'analysis failed: engine failure'],
      ['fine', 'ok'],
    ]);
  });

  it('stops taking files once cancelled, keeps what it has, and keeps a bounded number in flight', async () => {
    let inFlight = 0;
    let most = 0;
    let seen = 0;
    const sources = Array.from({ length: 20 }, (_, i) => sourceOf(`f${i}`, `${HALE}${i}`));
    const entries = await indexFiles(sources, {
      cache: memoryCache(),
      window: 3,
      summarize: summarizeWith(1000, async (text) => { inFlight++; most = Math.max(most, inFlight); await new Promise((resolve) => setTimeout(resolve, 1)); inFlight--; return analyze(text); }),
      onFile: () => { seen++; },
      isCancelled: () => seen >= 5,
    });
    assert.ok(entries.size >= 5 && entries.size < 20, `${entries.size} entries`);
    assert.ok(most <= 3, `${most} in flight`);
  });
});
