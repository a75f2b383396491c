// Tests for list entries "Name, Title, Employer" (extract/data/relations.json en-list-entry-title-org; mentions/latin.ts
// ENTRY_EMPLOYER_BEFORE): a panel's, a roster's or a witness list's entry ties the person to where they work.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const PANEL = `SEMICON West Panel

Moderator: Dana Whitfield, senior correspondent, EE Times

Panelists:
- Rajiv Menon, Senior Vice President, Lumera Semiconductor
- Keiko Arai, Chief Operating Officer, Sanwa Photoresist
- Laura Chen, partner, Harrow Bridge Capital

DANA WHITFIELD: Rajiv, welcome.

RAJIV MENON: Thanks.

KEIKO ARAI: Yes.

LAURA CHEN: Hi.
`;

describe('"Name, Title, Employer" list entries', () => {
  const doc = extractText(PANEL, 'panel');

  it('each entry ties the person to the employer it ends with', () => {
    expect(relationLines(doc)).toEqual(expect.arrayContaining([
      'Dana Whitfield -WORKS_AT-> EE Times',
      'Rajiv Menon -WORKS_AT-> Lumera Semiconductor',
      'Keiko Arai -WORKS_AT-> Sanwa Photoresist',
      'Laura Chen -WORKS_AT-> Harrow Bridge Capital',
    ]));
  });

  it('an employer no word list knows, ending the entry, is an organization', () => {
    expect(doc.entities.find((e) => e.label === 'Sanwa Photoresist')?.type).toBe('organization');
  });

  it('an entry with no title says nothing of work', () => {
    const lines = relationLines(extractText(PANEL.replace('Keiko Arai, Chief Operating Officer, Sanwa Photoresist', 'Keiko Arai, my old friend, Sanwa Photoresist'), 'friend'));
    expect(lines.filter((l) => l.startsWith('Keiko Arai -WORKS_AT->'))).toEqual([]);
  });
});

describe('list entries with a title before the name, a topic in the title or an acronym after the employer', () => {
  const doc = extractText(`Panel 3: Financing the Coal Phase-Down

Panelists:
- Dr. Nurul Hidayah, Executive Director, Indonesia Energy Transition Institute
- Thomas Ekberg, Senior Advisor, Global Energy Alliance for People and Planet (GEAPP)
Moderator: Priya Venkataraman, Climate Editor, Reuters

Priya Venkataraman: Welcome. Nurul, where is the money?

Dr. Nurul Hidayah: About a third is committed.

Thomas Ekberg: And philanthropy is catalytic.
`, 'climate-panel');

  it('"- Dr. Name, …", "…, Employer (ACRONYM)", "…, Climate Editor, Reuters" each tie the person to the employer', () => {
    expect(relationLines(doc)).toEqual(expect.arrayContaining([
      'Nurul Hidayah -WORKS_AT-> Indonesia Energy Transition Institute',
      'Thomas Ekberg -WORKS_AT-> Global Energy Alliance for People and Planet',
      'Priya Venkataraman -WORKS_AT-> Reuters',
    ]));
  });
});
