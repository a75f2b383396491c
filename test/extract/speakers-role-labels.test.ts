// Role labels (INTERVIEWER / INTERVIEWEE) resolved to the people the intro names in the third person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const speakers = (text: string) => extractText(text).speakers.map((s) => s.label).sort();

describe('speakers: an intro naming "her guest"', () => {
  it.each([
    ['her guest is', 'Moderated by Priya Raman of Canary Media; her guest is Tomás Ortega, CEO of Voltaic Storage.'],
    ['his guest', 'Hosted by Priya Raman. His guest this week: Tomás Ortega of Voltaic Storage.'],
  ])('INTERVIEWEE is the person "%s" names', (_, intro) => {
    const text = [
      '# Fireside chat on grid batteries',
      '',
      intro,
      '',
      'INTERVIEWER: Tomás, thanks for coming. Why Reno?',
      '',
      'INTERVIEWEE: Thanks, Priya. Reno has the workforce.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Priya Raman', 'Tomás Ortega']);
  });
});

describe('speakers: a title naming the guest with their company', () => {
  it('"A Conversation with Lightmatter\'s Nicholas Harris" names Nicholas Harris, and Lightmatter stays a company', () => {
    const text = [
      '# "We\'re Betting the Company on Photonics": A Conversation with Lightmatter\'s Nicholas Harris',
      '',
      'By Jenna Ortiz | Hardware Weekly | November 12, 2026',
      '',
      '**Who are your customers?**',
      '',
      'We can\'t name most of them.',
      '',
      '**And your first chip?**',
      '',
      'Passage came out in 2024.',
    ].join('\n');
    const doc = extractText(text);
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['Jenna Ortiz', 'Nicholas Harris']);
  });
});

describe('speakers: a title in a label', () => {
  it('"Prof. Helen Whitford (course instructor):" is Helen Whitford, whom the text calls Dr. or Professor Whitford', () => {
    const text = [
      'Prof. Helen Whitford (course instructor): Okay, we have twenty minutes with Samuel Adeyemi.',
      '',
      'Samuel Adeyemi: Thanks, Helen.',
      '',
      'Prof. Helen Whitford (course instructor): First question?',
      '',
      'Samuel Adeyemi: Sure.',
    ].join('\n');
    expect(extractText(text).speakers.map((s) => s.label).sort()).toEqual(['Helen Whitford', 'Samuel Adeyemi']);
  });
});

describe('speakers: 甲 and 乙', () => {
  it('are no one in particular: each document has its own 甲, as it has its own "Speaker 1"', () => {
    const text = ['甲：你觉得DeepSeek怎么样？', '', '乙：我觉得DeepSeek-V3很强。', '', '甲：那Kimi呢？', '', '乙：月之暗面做得也不错。'].join('\n');
    const one = extractText(text, 'one').speakers.map((s) => s.key).sort();
    const two = extractText(text, 'two').speakers.map((s) => s.key).sort();
    expect(one).toHaveLength(2);
    expect(one.filter((k) => two.includes(k))).toEqual([]);
  });
});

describe('speakers: lettered speakers of speech-to-text exports', () => {
  it.each([
    ['发言人A 00:00:03', '发言人B 00:00:12'],
    ['Speaker A  0:03', 'Speaker B  0:12'],
  ])('"%s" is no one in particular: two documents do not share their speaker A', (a, b) => {
    const text = [a, '今天我们评审通义千问接入的方案。 We review the Qwen plan today.', '', b, '好的，阿里云已经开通了API。 Alibaba Cloud opened the API.', '', a, '成本多少？ What does it cost?', '', b, '每月两万元。 Twenty thousand a month.'].join('\n');
    const one = extractText(text, 'one').speakers.map((s) => s.key).sort();
    const two = extractText(text, 'two').speakers.map((s) => s.key).sort();
    expect(one).toHaveLength(2);
    expect(one.filter((k) => two.includes(k))).toEqual([]);
  });

  it('a name with an initial ("Jane D") is still one person across documents', () => {
    const text = ['Host: Welcome, Jane.', '', 'Jane D: Thanks for having me at Stripe.', '', 'Host: Great.', '', 'Jane D: Indeed.'].join('\n');
    const keys = (id: string) => extractText(text, id).speakers.map((s) => s.key);
    expect(keys('one')).toContain('jane-d');
    expect(keys('two')).toContain('jane-d');
  });
});

describe('speakers: a headline with a section word before the guest', () => {
  it('"Q&A: Dana Whitfield on grid storage" names the guest who answers', () => {
    const text = [
      '# Q&A: Dana Whitfield on grid storage',
      '',
      'Dana Whitfield runs Heliostat Energy in Austin.',
      '',
      '**Q: What does Heliostat build?**',
      '',
      'A: Thermal batteries.',
      '',
      '**Q: Who funds you?**',
      '',
      'A: Breakthrough Energy Ventures led our Series A.',
    ].join('\n');
    expect(extractText(text).speakers.map((s) => s.label).sort()).toEqual(['Dana Whitfield', 'Host (host)']);
  });
});

describe('speakers: 提问者 and 回答者', () => {
  it('are the asking host and the answering guest, not one person called 者', () => {
    const text = ['提问者：现在做大模型创业还有没有机会？', '', '回答者：谢邀。应用层还有机会。', '', '提问者：为什么？', '', '回答者：算力太贵。'].join('\n');
    const speakers = extractText(text).speakers;
    expect(speakers).toHaveLength(2);
    expect(speakers.map((s) => s.label)).not.toContain('者');
  });
});

describe('speakers: a host greeting the guest by name', () => {
  it('"**Host:** Welcome Ines Varga, the studio head at …" is the host speaking, not a host called "Welcome Ines Varga"', () => {
    const text = ['**Host:** Welcome Ines Varga, the studio head at Quillfeather Games.', '', '**Ines Varga:** Thanks.'].join('\n');
    const doc = extractText(text);
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['Host (host)', 'Ines Varga']);
    expect(doc.turns.filter((t) => t.kind === 'turn')).toHaveLength(2);
  });
});
