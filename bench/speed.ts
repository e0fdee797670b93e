/**
 * Speed benchmark: `npm run bench:speed`. Words per second of analyze() over PolNeAR train beside one wink-nlp
 * pass that tokenizes, splits sentences and tags parts of speech (the ratio's reference, as the issues set it; the
 * engine itself now runs wink-nlp without its sentence splitter, see sentenceBreaks.ts) over the same texts in the
 * same run, then how the cost grows with the input: one call on ~20k words against one call on 16 times that text.
 * Prints figures only.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../src/engine';
import { concatenate, countWords, trainTexts } from './texts';

const ROUNDS = 5; // best of: the machine is shared, so the minimum is the least disturbed figure (3 rounds read ±0.1× run to run here)

function seconds(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Runs each workload ROUNDS times, alternating them so a busy spell does not fall on one side only. */
function bestOf(workloads: Array<() => void>): number[] {
  const best = workloads.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    workloads.forEach((work, i) => { best[i] = Math.min(best[i], seconds(work)); });
  }
  return best;
}

const texts = trainTexts();
if (texts) {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const winkPass = () => { for (const t of texts) nlp.readDoc(t).tokens().out(its.pos); };
  const analyzePass = () => { for (const t of texts) analyze(t); };
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const rate = (s: number) => `${Math.round(words / s / 1000)}k words/s (${s.toFixed(2)} s)`;

  // Warm-up: JIT and the model's lazily built tables, on a slice of the corpus.
  for (const t of texts.slice(0, 100)) { nlp.readDoc(t).tokens().out(its.pos); analyze(t); }
  const [wink, ours] = bestOf([winkPass, analyzePass]);
  console.log(`PolNeAR train: ${texts.length} articles, ${words} words; best of ${ROUNDS} runs`);
  console.log(`  wink-nlp tokenize+POS  ${rate(wink)}`);
  console.log(`  analyze                ${rate(ours)}`);
  console.log(`  analyze / wink-nlp     ${(ours / wink).toFixed(2)}×   (target ≤ 2×)`);

  const base = concatenate(texts, 20_000, countWords);
  const long = Array.from({ length: 16 }, () => base).join('\n\n');
  analyze(base);
  const [one, sixteen] = bestOf([() => analyze(base), () => analyze(long)]);
  console.log(`Scaling, one call each: 1× = ${countWords(base)} words, ${(one * 1000).toFixed(0)} ms; 16× = ${(sixteen * 1000).toFixed(0)} ms`);
  console.log(`  16× / 1×               ${(sixteen / one).toFixed(1)}×   (target ≤ 19×)`);
}
