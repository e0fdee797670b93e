/** The totals a corpus run prints at the end (to stderr): articles, claims, actors, seconds and words per second. */

/** Words as the summary counts them: runs of non-space characters. */
export function countWords(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words++;
  return words;
}

export class RunTotals {
  articles = 0;
  failed = 0;
  claims = 0;
  actors = 0;
  words = 0;
  private readonly started = process.hrtime.bigint();

  add(words: number, claims: number, actors: number): void {
    this.articles++;
    this.claims += claims;
    this.actors += actors;
    this.words += words;
  }

  line(): string {
    const seconds = Number(process.hrtime.bigint() - this.started) / 1e9;
    const count = (n: number, noun?: string) => `${n.toLocaleString('en-US')}${noun ? ` ${noun}${n === 1 ? '' : 's'}` : ''}`;
    const rate = seconds > 0 ? Math.round(this.words / seconds) : 0;
    return `attribution-lens: ${count(this.articles, 'article')}${this.failed > 0 ? ` (${count(this.failed)} failed)` : ''}, ` +
      `${count(this.claims, 'claim')}, ${count(this.actors, 'actor')} in ${seconds.toFixed(1)} s (${count(rate)} words/s)`;
  }
}
