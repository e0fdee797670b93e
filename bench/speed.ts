/**
 * Speed benchmark: `npm run bench:speed`. Words per second of analyze() over PolNeAR train beside one
 * wink-nlp tokenize+POS pass over the same texts in the same run, then the cost of a 16× longer input.
 * `--memory` instead analyses a synthetic 5 MB article and prints time and peak memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../src/engine';

const trainFile = path.resolve(__dirname, '../../../shared/polnear/train.json');
if (!existsSync(trainFile)) {
  console.log(`skipped: ${trainFile} is absent`);
  process.exit(0);
}
const texts = (JSON.parse(readFileSync(trainFile, 'utf8')) as Array<{ text: string }>).map((d) => d.text);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const seconds = (f: () => void) => { const t = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - t) / 1e9; };

if (process.argv.includes('--memory')) {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) { const t = texts[i % texts.length]; parts.push(t); size += t.length + 2; }
  const article = parts.join('\n\n');
  const s = seconds(() => {
    const a = analyze(article);
    console.log(`5 MB article: ${(article.length / 1e6).toFixed(1)} M characters, ${words(article)} words, ${a.claims.length} claims, ${a.actors.length} actors`);
  });
  console.log(`time ${s.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (target < 1024 MB)`);
  process.exit(0);
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
const winkPass = (list: string[]) => { for (const t of list) nlp.readDoc(t).tokens().out(its.pos); };
const analyzePass = (list: string[]) => { for (const t of list) analyze(t); };
const total = texts.reduce((n, t) => n + words(t), 0);

// Warm up both (JIT, model tables) on a slice before measuring.
winkPass(texts.slice(0, 50));
analyzePass(texts.slice(0, 50));
const wink = Math.min(seconds(() => winkPass(texts)), seconds(() => winkPass(texts)));
const ours = Math.min(seconds(() => analyzePass(texts)), seconds(() => analyzePass(texts)));
console.log(`PolNeAR train: ${texts.length} articles, ${total} words (best of 2 runs)`);
console.log(`wink-nlp tokenize+POS: ${(total / wink / 1000).toFixed(0)}k words/s (${wink.toFixed(2)} s)`);
console.log(`analyze:               ${(total / ours / 1000).toFixed(0)}k words/s (${ours.toFixed(2)} s)`);
console.log(`analyze / wink-nlp:    ${(ours / wink).toFixed(2)}× (target ≤ 2×)`);

let base = '';
for (let i = 0; words(base) < 20_000; i++) base += texts[i] + '\n\n';
const long = Array.from({ length: 16 }, () => base).join('');
analyze(base);
const one = Math.min(seconds(() => analyze(base)), seconds(() => analyze(base)));
const sixteen = Math.min(seconds(() => analyze(long)), seconds(() => analyze(long)));
console.log(`scaling: 1× (${words(base)} words) ${(one * 1000).toFixed(0)} ms, 16× ${(sixteen * 1000).toFixed(0)} ms: ${(sixteen / one).toFixed(1)}× (target ≤ 19×)`);
