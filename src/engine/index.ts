/** Attribution Lens engine: finds who said what in plain news text. Never imports `vscode`. */
export * from './types';
export { analyze } from './analyze';
