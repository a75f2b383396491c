// Tests for English lexicon entries met in a wine co-operative interview, a mining podcast, a shipping podcast and a
// fashion interview: wine regions, mines, a strait, a port and an Italian city read as organisations or people.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('regions, mines and ports the lexicon knows', () => {
  it.each([
    ["In the Languedoc it's more than half.", 'Languedoc', 'place'],
    ['Their best plots are in the northern Rhône.', 'Rhône', 'place'],
    ['We buy grapes from Rioja and Piedmont.', 'Rioja', 'place'],
    ['Most of it is sewn in workshops around Florence.', 'Florence', 'place'],
    ['Escondida is still the largest copper mine in the world.', 'Escondida', 'place'],
    ['The Grasberg mine has had two mudslides.', 'Grasberg', 'place'],
    ['The underground at Oyu Tolgoi is a block cave.', 'Oyu Tolgoi', 'place'],
    ['Half our ore comes out of the Pilbara.', 'Pilbara', 'place'],
    ['The attacks moved south to the Bab el-Mandeb.', 'Bab el-Mandeb', 'place'],
    ['Ports like Tanger Med picked up the transshipment.', 'Tanger Med', 'place'],
    ['Gulf Air cancelled the route.', 'Gulf Air', 'organization'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
