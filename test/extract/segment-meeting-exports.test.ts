// Meeting and oral-history layouts: a full name alone on its line over the words (Google Meet, Apple Podcasts and
// document exports), and speakers labelled by the initials the intro gives them ("David Olsen (DO)").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const turns = (text: string, id = 'meeting') =>
  extractText(text, id).turns.filter((t) => t.kind === 'turn').map((t) => ({ speaker: t.speaker, section: t.section ?? null, text: t.text }));

describe('segment: a full name over its words', () => {
  it('English: each name line opens that speaker\'s turn; the title line above is no section', () => {
    const text = [
      'Product sync - Transcript',
      '',
      'Anna Schmidt',
      'Morning Ravi. Did the Stripe integration ship?',
      '',
      'Ravi Patel',
      'It did. We moved the payments flow from Adyen to Stripe last Tuesday.',
      '',
      'Anna Schmidt',
      'Great. And the Salesforce sync?',
      '',
      'Ravi Patel',
      'Still blocked on their API limits.',
    ].join('\n');
    const got = turns(text);
    expect(got.map((t) => t.speaker)).toEqual(['anna-schmidt', 'ravi-patel', 'anna-schmidt', 'ravi-patel']);
    expect(got[1].text).toBe('It did. We moved the payments flow from Adyen to Stripe last Tuesday.');
    expect(got.map((t) => t.section)).toEqual([null, null, null, null]);
  });

  it('Chinese: 张伟 / 李娜 over their words', () => {
    const text = ['会议纪要', '', '张伟', '大家好，今天讨论华为的合作。', '', '李娜', '好的，我们和华为云谈了三次。', '', '张伟', '价格谈下来了吗？', '', '李娜', '还没有，下周再谈。'].join('\n');
    expect(turns(text).map((t) => t.speaker)).toEqual(['张伟', '李娜', '张伟', '李娜']);
  });

  it('Chinese: a guest whose surname the rules do not know (阚越) speaks when the guest list names them', () => {
    const text = [
      '乡村振兴圆桌', '', '嘉宾', '阚越 青禾农业创始人', '周岚 GreenLeaf 前市场总监', '主持 宋楠 农经周刊 主编', '',
      '宋楠', '先请阚总讲讲青禾。', '', '阚越', '青禾农业是我2015年在昆明创立的。', '', '宋楠', '周总呢？', '',
      '周岚', '我去年从GreenLeaf离开。', '', '阚越', '我补充一句，我们和京东合作。', '', '宋楠', '谢谢两位。',
    ].join('\n');
    expect(turns(text).map((t) => t.speaker)).toEqual(['宋楠', '阚越', '宋楠', '周岚', '阚越', '宋楠']);
    expect(turns(text)[3].text).toBe('我去年从GreenLeaf离开。');
  });

  it('…but a short Chinese line twice over paragraphs that no other line names stays words (a subheading)', () => {
    const text = ['张伟', '大家好。', '', '李娜', '好的。', '', '小结', '价格谈下来了。', '', '张伟', '还有吗？', '', '李娜', '没有了。', '', '小结', '下周再谈。'].join('\n');
    expect(turns(text).map((t) => t.speaker)).toEqual(['张伟', '李娜', '张伟', '李娜']);
  });

  it('a name said once over a paragraph, as a caption or byline is, makes no turns', () => {
    const text = ['Jane Doe', 'Staff writer, covering energy.', '', 'Grid batteries are getting cheaper, and Tesla is selling more of them.'].join('\n');
    expect(turns(text)).toEqual([]);
  });
});

describe('speakers: labels that are the initials the intro gives', () => {
  const text = [
    'Oral history interview with Dr. Margaret Chen, conducted by David Olsen (DO) for the Computer History Museum, 2019.',
    'Dr. Margaret Chen (MC) worked at Bell Labs and later at Xerox PARC.',
    '',
    'DO: Where did you grow up?',
    '',
    'MC: In Taipei. I came to Stanford for graduate school in 1972.',
    '',
    'DO: And after Stanford?',
    '',
    'MC: I joined Bell Labs in Murray Hill, then moved to Xerox PARC in 1979.',
  ].join('\n');

  it('"DO:" and "MC:" are David Olsen and Margaret Chen, who interviews and who is interviewed', () => {
    const doc = extractText(text, 'oral-history');
    expect(doc.speakers.map((s) => [s.label, s.role]).sort()).toEqual([
      ['David Olsen', 'host'],
      ['Margaret Chen', 'guest'],
    ]);
  });

  it('letters that are not the name\'s initials stay the label', () => {
    const other = text.replace('David Olsen (DO)', 'David Olsen (RK)');
    expect(extractText(other, 'oral-history').speakers.map((s) => s.label)).not.toContain('David Olsen');
  });
});
