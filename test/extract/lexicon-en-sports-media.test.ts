// Tests for English lexicon entries met in a football press conference, a publishing podcast and a supply-chain Q&A:
// clubs whose names end in a place word (Leicester City), leagues and competitions, broadcasters, publishers, firms.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('English clubs, leagues, broadcasters and firms the lexicon knows', () => {
  it.each([
    ['Before that I played four seasons at Leicester City.', 'Leicester City', 'organization'],
    ['We face Manchester City at home on Saturday.', 'Manchester City', 'organization'],
    ['He signed for Tottenham Hotspur in the summer.', 'Tottenham Hotspur', 'organization'],
    ['The Premier League sets the fixture list.', 'Premier League', 'organization'],
    ['Arsenal were the better side for an hour.', 'Arsenal', 'organization'],
    ['Next is the Europa League away in Budapest.', 'UEFA Europa League', 'event'],
    ['I was asked about it on Sky Sports after the game.', 'Sky Sports', 'organization'],
    ['Her memoir comes out from Penguin Random House in May.', 'Penguin Random House', 'organization'],
    ['Tickets go through Ticketmaster and Live Nation this year.', 'Live Nation', 'organization'],
    ['Foxconn assembles the phones in Zhengzhou.', 'Foxconn', 'organization'],
    ['He ran Cantor Fitzgerald for decades.', 'Cantor Fitzgerald', 'organization'],
    ['Fletcher Building posted a loss this quarter.', 'Fletcher Building', 'organization'],
    ['Our studio grew up modding PUBG servers.', 'PUBG: Battlegrounds', 'product'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
