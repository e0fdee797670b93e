/**
 * The engine for in-process analysis (short documents, and hosts without worker threads), taken from the
 * worker bundle rather than bundled again into dist/extension.js: the engine and its language model are
 * most of the package, so they ship once. Loaded on first use, so activation stays light.
 */
import type { Analysis } from '../../engine/types';

export type EngineFunction = (text: string) => Analysis;

export function inProcessEngine(script: string): EngineFunction {
  let engine: EngineFunction | undefined;
  return (text) => {
    // A computed path: esbuild leaves this require alone instead of bundling the engine in.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    engine ??= (require(script) as { analyze: EngineFunction }).analyze;
    return engine(text);
  };
}
