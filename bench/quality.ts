/**
 * Quality benchmark: `npm run bench:quality -- [GOLD.json …] [--verbose] [--json] [--doc ID] [--only TAGS]`.
 * Runs the real engine (src/engine, bundled fresh by bench/run.mjs) once per gold document and prints, per
 * claim type, recall / precision / F1 at 30% and 80% overlap, speaker and cue accuracy on matched claims,
 * quote attribution and (hand-made gold) claims found with the right canonical speaker. Scoring rules:
 * bench/score.ts. Without a file it scores the reference article's gold, then PolNeAR dev; absent files are
 * skipped with a message. --verbose lists, per document, what went wrong, for the developer's terminal only.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../src/engine';
import type { Analysis } from '../src/engine/types';
import { readGold } from './gold';
import { sharedPath } from './paths';
import { DETAIL_TAGS, DetailTag, FileSummary, formatDetails, formatSummary } from './report';
import { addTally, emptyTally, figures, rate, Ratio, scoreDocument, THRESHOLDS, TYPE_KEYS } from './score';
import { emptySourcingTally, tallySourcing } from './sourcingScore';
import { SOURCING_LABELS } from './sourcingLabels';
import { tallyMissedCues, topMissedCues } from './missedCues';

/** How many missed cue lemmas the summary lists. */
const MISSED_CUES_SHOWN = 15;

const USAGE = `usage: npm run bench:quality -- [GOLD.json …] [--verbose] [--json] [--doc ID]… [--only ${DETAIL_TAGS.join(',')}]
  --verbose     per document: missed gold claims, extra predictions, wrong speakers / cues / kinds, quotes
  --doc ID      only documents whose id contains ID (repeatable)
  --only TAGS   with --verbose, only these kinds of lines (comma-separated)
  --json        figures as JSON on stdout (verbose lines then go to stderr)`;

function options() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        verbose: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        doc: { type: 'string', multiple: true },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const only = values.only?.split(',').map((t) => t.trim().toUpperCase());
    const unknown = only?.filter((t) => !(DETAIL_TAGS as readonly string[]).includes(t));
    if (unknown?.length) throw new Error(`unknown --only tag ${unknown.join(', ')}`);
    return { ...values, only: only && new Set(only as DetailTag[]), files: positionals };
  } catch (error) {
    process.stderr.write(`bench:quality: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const opts = options();
if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
// `… --verbose | head` closes the pipe early: that is the reader being done, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => { if (error.code === 'EPIPE') process.exit(0); else throw error; });
}
const say = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);
const defaults = [sharedPath('fixtures', 'ceasefire-talks.gold.json'), sharedPath('polnear', 'dev.json')];
let failed = false;

function analyzeTimed(text: string, id: string): { analysis: Analysis; ms: number } {
  const started = process.hrtime.bigint();
  try {
    const analysis = analyze(text);
    return { analysis, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  } catch (error) {
    // A crash is a finding, not a reason to lose the other documents' figures.
    failed = true;
    say(`ERROR analyze threw on ${id}: ${(error as Error).stack ?? String(error)}`);
    return { analysis: { actors: [], claims: [] }, ms: 0 };
  }
}

function scoreFile(file: string): FileSummary | null {
  if (!existsSync(file)) {
    say(`skipped: ${file} is absent`);
    return null;
  }
  let docs = readGold(file);
  if (opts.doc?.length) docs = docs.filter((d) => opts.doc!.some((part) => d.id.includes(part)));
  if (docs.length === 0) {
    say(`skipped: no document of ${file} matches --doc ${opts.doc?.join(', ')}`);
    return null;
  }
  const tallies = THRESHOLDS.map((threshold) => ({ threshold, tally: emptyTally() }));
  const quotes: Ratio = { hit: 0, total: 0 };
  const canonical: Ratio = { hit: 0, total: 0 };
  const sourcing = emptySourcingTally();
  const missedCues = new Map<string, number>();
  let analyzeMs = 0;
  for (const doc of docs) {
    const { analysis, ms } = analyzeTimed(doc.text, doc.id);
    analyzeMs += ms;
    const score = scoreDocument(doc, analysis);
    score.thresholds.forEach((t, i) => addTally(tallies[i].tally, t.tally));
    for (const q of score.quotes) { quotes.total++; if (q.right) quotes.hit++; }
    for (const k of score.canonical) { canonical.total++; if (k.right) canonical.hit++; }
    tallySourcing(sourcing, doc.attributions, analysis, score.thresholds[0].matches, SOURCING_LABELS);
    tallyMissedCues(missedCues, doc.attributions, score.thresholds[0].matches);
    if (opts.verbose) {
      const lines = formatDetails(doc, analysis, score, opts.only);
      const all = score.thresholds[0].tally.all;
      // With --only, documents with nothing to show stay silent so the listing is just the chosen lines.
      if (opts.only && lines.length === 0) continue;
      say(`── ${doc.id}: ${all.gold} gold, ${all.predicted} predicted, ${all.goldMatched} matched at ${THRESHOLDS[0] * 100}%`);
      for (const line of lines) say(line);
    }
  }
  return { file, documents: docs.length, tallies, quotes, canonical: canonical.total ? canonical : null, sourcing,
    missedCues: topMissedCues(missedCues, MISSED_CUES_SHOWN), analyzeMs };
}

/** JSON form of a summary: figures as fractions (null where nothing was counted) beside the raw counts. */
function asJson(s: FileSummary) {
  return {
    file: s.file,
    documents: s.documents,
    analyzeMs: Math.round(s.analyzeMs),
    thresholds: s.tallies.map(({ threshold, tally }) => ({
      threshold,
      types: Object.fromEntries(TYPE_KEYS.map((t) => [t, { ...figures(tally[t]), counts: tally[t] }])),
    })),
    quoteAttribution: { ...s.quotes, rate: rate(s.quotes) },
    canonicalSpeakers: s.canonical && { ...s.canonical, rate: rate(s.canonical) },
    missedCueLemmas: s.missedCues,
    sourcing: { recall: s.sourcing.recall, precision: s.sourcing.precision, noSourceFound: s.sourcing.noSourceFound, noSource: s.sourcing.noSource,
      leftOut: s.sourcing.leftOut, unlabelled: [...s.sourcing.unlabelled] },
  };
}

const summaries: FileSummary[] = [];
for (const file of opts.files.length > 0 ? opts.files : defaults) {
  try {
    const summary = scoreFile(file);
    if (!summary) continue;
    summaries.push(summary);
    if (!opts.json) say(['', ...formatSummary(summary)].join('\n'));
  } catch (error) {
    failed = true;
    process.stderr.write(`bench:quality: ${(error as Error).message}\n`);
  }
}
if (opts.json) process.stdout.write(`${JSON.stringify(summaries.map(asJson), null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
