/**
 * Guards CSV cells against formula injection: a spreadsheet that opens the file runs a cell starting
 * with "=", "+", "-" or "@" as a formula (tab and carriage return can hide such a start), and article
 * text is written by others, so a quote like "=HYPERLINK(…)" must stay text. Such a cell gets a leading
 * apostrophe, which spreadsheets read as "this is text" and hide (the OWASP advice). Only free-text cells
 * are guarded; offsets and scores are numbers we write ourselves.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
