import * as assert from 'node:assert/strict';
import { guardFormula } from '../../../src/export/formulaGuard';

describe('export: formula guard', () => {
  it('marks as text a cell that starts as a formula would', () => {
    for (const cell of ['=1+2', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1']) assert.equal(guardFormula(cell), `'${cell}`);
  });

  it('leaves other cells alone, a dash or an equals sign later in the text included', () => {
    for (const cell of ['', 'said', '— a dash', '“=1”', 'x = 1', '0.9']) assert.equal(guardFormula(cell), cell);
  });
});
