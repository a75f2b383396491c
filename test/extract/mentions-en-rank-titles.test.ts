// Tests for ranks and offices before a personal name (extract/stages/mentions/latin.ts rankedName) and for "agent" in
// its everyday senses (extract/data/cues.json enAliasOtherSenses): "Special Agent Dana Cole" is Dana Cole, a person;
// "a special agent with the FBI", "her literary agent" name no AI agents.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('a rank before a name', () => {
  it.each([
    ['Then Special Agent Dana Cole joined the call.', 'Dana Cole/person', 'Special Agent'],
    ['Fire Chief Kristin Varga was there all night.', 'Kristin Varga/person', 'Fire Chief'],
    ['Attorney General Pam Oduya replied the next day.', 'Pam Oduya/person', 'Attorney General'],
    ['Detective Sergeant Ian Hollis wrote it up.', 'Ian Hollis/person', 'Detective'],
    ['She beat Grandmaster Anya Petrosyan-Wells in round four.', 'Anya Petrosyan-Wells/person', 'Grandmaster'],
    ['We asked Sergeant Okonjo about it.', 'Okonjo/person', 'Sergeant'],
  ])('%s → %s', (text, expected, rank) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => e.startsWith(rank))).toBe(false);
  });

  it('a rank word opening a company name stays: General Motors, Captain America', () => {
    const found = entities('General Motors sponsored the screening of Captain America.');
    expect(found.some((e) => e === 'Motors/person' || e === 'America/person')).toBe(false);
  });
});

describe('agents that are people', () => {
  it.each([
    'I am a special agent with the FBI field office.',
    'Her literary agent, Jonah Pelletier, closed the deal.',
    'He signed as a free agent in July.',
  ])('%s', (text) => {
    expect(entities(text)).not.toContain('AI agents/concept');
  });

  it('an AI agent is still one', () => {
    expect(entities('The agent calls tools on its own, like other AI agents.')).toContain('AI agents/concept');
  });

  it('"a special agent with the FBI" now says where the speaker works', () => {
    expect(relationsOf('Ada Brook: Welcome.\n\nRafael Okonjo: I am a special agent with the FBI in Cleveland.\n\nAda Brook: Thanks.')).toContain(
      'Rafael Okonjo -WORKS_AT-> Federal Bureau of Investigation',
    );
  });
});
