// "Sir", "Dame", "Lord" and "Baroness" before a full name are titles, no part of it (cues en-person-title): "Sir Graham
// Whitlock" in a panel list is the Graham Whitlock who speaks, one person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (text: string) =>
  extractText(text)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.label);

describe('mentions: honorifics before a full name', () => {
  it.each([
    ['Sir Graham Whitlock', 'Graham Whitlock'],
    ['Dame Ruth Adair', 'Ruth Adair'],
    ['Baroness Ada Moss', 'Ada Moss'],
  ])('%s is %s', (titled, name) => {
    const text = `Panelists:\n- ${titled}, Chair, Harbour Rowing Club\n\n**Moderator:** Welcome.\n\n**${name}:** Thank you. ${titled} is how my letters start.\n`;
    const found = people(text);
    expect(found).toContain(name);
    expect(found).not.toContain(titled);
  });
});
