/** Attribution Lens engine: finds who said what in plain news text. Never imports `vscode`. */
export * from './types';
export { analyze } from './analyze';
export { sourceBalance, countWords } from './balance';
export type { SourceBalance, ActorBalance, Share, SpeakerKind } from './balance';
