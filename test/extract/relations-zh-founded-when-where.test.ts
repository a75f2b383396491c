// Tests for founding stated with the company first and when and where between the founder and the verb:
// "星河传媒是周长林在2009年创立的", "鼎信律师事务所是2001年由赵启明在上海创办的", and a host's "是2012年您在杭州创立的".
// The founder's name is cut where the verb's words start, however the tagger split it (周长/n 林在/x).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const TEXT = [
  '**记者**：青禾建筑事务所是2012年您在杭州创立的，对吗？',
  '',
  '**杜衡**：对。说到同行，星河传媒是周长林在2009年创立的，鼎信律师事务所是2001年由赵启明在上海创办的。',
  '这个中心是和高校一起创办的，也有和政府一起创建的，是大家一起创办的。',
].join('\n');

const doc = extractText(TEXT, 'founded-when-where.zh');
const lines = relationLines(doc, 'han');

describe('founders named before when and where they founded the company', () => {
  it('the name runs up to 在 and the year, whole', () => {
    const people = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(people.sort()).toEqual(['周长林', '赵启明']);
  });

  it.each([
    ['周长林 -FOUNDED-> 星河传媒'],
    ['赵启明 -FOUNDED-> 鼎信律师事务所'],
    ['杜衡 -FOUNDED-> 青禾建筑事务所'],
    ['鼎信律师事务所 -LOCATED_IN-> 上海'],
  ])('%s', (line) => {
    expect(lines).toContain(line);
  });

  it('universities and governments founding something are no people', () => {
    const labels = doc.entities.map((e) => e.label);
    for (const word of ['高校', '政府', '大家']) expect(labels).not.toContain(word);
  });
});

describe('a company founded when and where, its founder named in the next clause', () => {
  const doc = extractText('主持人：说说同行。\n\n嘉宾：星澜科技是2016年在苏州成立的，创始人是秦望舒。', 'founder-is.zh');

  it('the company and the whole name are found', () => {
    expect(doc.entities.map((e) => `${e.label}/${e.type}`)).toEqual(expect.arrayContaining(['星澜科技/organization', '秦望舒/person']));
  });
});
