// Tests for a guest's account of their company's suppliers and lenders and their own move: "I left Schneider
// Electric in 2019 and joined Eskom", "We buy transformers from Hitachi Energy" (a concept between), "DBSA is our lender".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';


describe('a utility chief on suppliers, lenders and a move', () => {
  it('"I left Schneider Electric in 2019 and joined Eskom"', () => {
    const lines = relationsOf('**Host:** Why move?\n\n**Naledi Mokoena:** I left Schneider Electric in 2019 and joined Eskom Holdings because of the grid.\n');
    expect(lines).toContain('Naledi Mokoena -WORKED_AT-> Schneider Electric');
    expect(lines).toContain('Naledi Mokoena -WORKS_AT-> Eskom Holdings');
  });

  it('"We buy transformers from Hitachi Energy" → Hitachi Energy supplies the speaker\'s company', () => {
    const lines = relationsOf('**Host:** Suppliers?\n\n**Naledi Mokoena:** I founded Tidewell Grid. We buy transformers from Hitachi Energy these days.\n');
    expect(lines).toContain('Hitachi Energy -SUPPLIES-> Tidewell Grid');
  });

  it('"The Development Bank of Southern Africa is our largest lender"', () => {
    const lines = relationsOf('**Host:** Lenders?\n\n**Naledi Mokoena:** I founded Tidewell Grid. The Development Bank of Southern Africa is our largest lender.\n');
    expect(lines).toContain('Development Bank of Southern Africa -FUNDS-> Tidewell Grid');
  });

  it('"we buy from them, not from Hitachi Energy" is no supply', () => {
    const lines = relationsOf('**Host:** Suppliers?\n\n**Naledi Mokoena:** I founded Tidewell Grid. We never buy anything from Hitachi Energy.\n');
    expect(lines.filter((l) => l.includes('SUPPLIES'))).toEqual([]);
  });
});
