/**
 * The progress bar on stderr (cli-progress), shown only when stderr is a terminal: piped into a log or
 * a batch engine it would be noise. With `--input jsonl` the total is unknown, so only the count shows.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, stop: () => undefined };

export function progressBar(total: number | undefined, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const bar = new SingleBar({
    stream,
    format: total === undefined ? 'analysing {value} articles' : 'analysing [{bar}] {percentage}% {value}/{total} articles, eta {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total ?? 0, 0);
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
