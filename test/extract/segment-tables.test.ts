// Transcripts exported as a Markdown table (a speaker column and a text column, as Notion, Google Docs and
// transcription tools write them): each row is a turn of its speaker; other tables stay as text.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const rows = (text: string) => extractText(text, 'table').turns.map((t) => [t.kind, t.speakerLabel, t.text]);

describe('segment: a transcript as a table', () => {
  it('each row of "| Speaker | Time | Text |" is a turn of that speaker, the time column left out', () => {
    const text = [
      '# Customer interview',
      '',
      '| Speaker | Time | Text |',
      '| --- | --- | --- |',
      '| Maya Lin | 00:01 | How do you use Salesforce today? |',
      '| Tom Okafor | 00:09 | We moved from HubSpot to Salesforce last year. |',
      '| Maya Lin | 00:15 | Why the switch? |',
      '| Tom Okafor | 00:18 | Our parent company, DHL, standardised on it. |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['turn', 'Maya Lin', 'How do you use Salesforce today?'],
      ['turn', 'Tom Okafor', 'We moved from HubSpot to Salesforce last year.'],
      ['turn', 'Maya Lin', 'Why the switch?'],
      ['turn', 'Tom Okafor', 'Our parent company, DHL, standardised on it.'],
    ]);
  });

  it('a Chinese table (| 发言人 | 内容 |) is read the same way', () => {
    const text = ['| 发言人 | 内容 |', '|:---|:---|', '| 主持人 | 您为什么离开阿里巴巴？ |', '| 张伟 | 想做自己的公司。 |', '| 主持人 | 现在融资了吗？ |', '| 张伟 | 红杉中国投了我们。 |'].join('\n');
    expect(rows(text).map(([kind, speaker]) => `${kind} ${speaker}`)).toEqual(['turn 主持人', 'turn 张伟', 'turn 主持人', 'turn 张伟']);
  });

  it('a table of anything else stays as it is written', () => {
    const text = ['Host: Here are the results.', '', '| Model | Score |', '| --- | --- |', '| o3 | 25.2 |', '', 'Guest: Impressive.', '', 'Host: Indeed.', '', 'Guest: Yes.'].join('\n');
    expect(rows(text)[0][2]).toContain('| Model | Score |');
  });
});
