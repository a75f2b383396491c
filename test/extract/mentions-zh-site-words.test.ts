// Tests for the zh-site suffix cue of extract/data/cues.json: a name the tagger reads as a person's right before a
// site word (公园, 广场, 景区, 古镇) names that site, a place (骆岗公园, 天府广场), not a person 骆岗.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text, 'sites.zh').entities.filter((e) => !e.speaker);

describe('sites named before a site word', () => {
  const text = '主持人：试飞在哪里？\n\n嘉宾：我们在骆岗公园做观光飞行，也在天府广场、张家界景区、乌镇古镇做过演示，张建国在广场上看了。';

  it.each(['骆岗公园', '天府广场', '张家界景区', '乌镇古镇'])('%s is a place', (name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('place');
  });

  it('no person is read in a site, a person before 在 stays one', () => {
    const people = entities(text).filter((e) => e.type === 'person').map((e) => e.label);
    expect(people).toEqual(['张建国']);
  });
});
