/**
 * The text of the unit tests' fake vscode.TextDocuments and its line arithmetic (lineCount, lineAt, offsetAt), which
 * src/extension/documentLength.ts reads a document's length through. The arithmetic reads the text directly, not
 * through getText, so a test can count the reads the code under test makes.
 */
export class FakeTextLines {
  constructor(public text: string) {}

  getText(): string {
    return this.text;
  }

  get lineCount(): number {
    return this.text.split('\n').length;
  }

  lineAt(line: number) {
    return { range: { end: { line, character: this.text.split('\n')[line].length } } };
  }

  offsetAt(position: { line: number; character: number }): number {
    return this.text.split('\n').slice(0, position.line).reduce((sum, text) => sum + text.length + 1, 0) + position.character;
  }
}
