// Tests for four shapes of capitalised words (extract/stages/mentions/latin.ts): a storm's name is an event
// (Hurricane Ian), a hyphenated "-St." goes on into the place (Minneapolis-St. Paul International Airport), an
// acronym after a count is a unit (2 million TEU), and an adverb opening a sentence is no part of the name after it
// (Partly NRCS).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('capitalised shapes', () => {
  it.each([
    ['After Hurricane Ivo, six insurers went insolvent.', 'Hurricane Ivo/event'],
    ['Typhoon Melor closed the port for a week.', 'Typhoon Melor/event'],
    ['The first case came through Kessling-St. Paul International Airport on Monday.', 'Kessling-St. Paul International Airport/place'],
    ['Partly NRCS pays for it, through a state program.', 'NRCS/organization'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Harrow Lines has roughly 2 million TEU on order, mostly from Chinese yards.', 'TEU'],
    ['The new ships carry 24,000 TEU each, and Harrow Lines ordered ten.', 'TEU'],
    ['Partly NRCS pays for it, through a state program.', 'Partly NRCS'],
    ['After Hurricane Ivo, six insurers went insolvent.', 'Hurricane Ivo/person'],
  ])('%s: no %s', (text, label) => {
    const found = entities(text);
    expect(found.some((e) => e === label || e.startsWith(`${label}/`))).toBe(false);
  });
});
