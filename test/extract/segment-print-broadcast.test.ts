// Layouts of printed and broadcast interviews: ">>" before a broadcast transcript's labels, "Q." / "A." with a
// period, a bare "答：" beside the guest's own label, and the host of a two-person talk whose guest is introduced.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const turns = (text: string, id = 'layout') =>
  extractText(text, id).turns.filter((t) => t.kind === 'turn').map((t) => ({ label: t.speakerLabel, speaker: t.speaker, text: t.text }));
const roles = (text: string, id = 'layout') => Object.fromEntries(extractText(text, id).speakers.map((s) => [s.label, s.role]));

const CNN = [
  'CNN STATE OF THE UNION',
  'Aired March 3, 2025 - 09:00 ET',
  '',
  '>> JAKE TAPPER, CNN HOST: Welcome to State of the Union. Joining me now is Commerce Secretary Gina Raimondo.',
  '',
  '>> GINA RAIMONDO, U.S. COMMERCE SECRETARY: Thanks for having me, Jake.',
  '',
  '>> TAPPER: Secretary, Nvidia says the new export rules will cost it billions. Is that fair?',
  '',
  '>> RAIMONDO: Nvidia can still sell to China, just not its most advanced chips.',
].join('\n');

describe('segment: ">>" before broadcast labels', () => {
  it('each ">> NAME:" line is that speaker\'s turn, surnames joined to the full names, the marker in no text', () => {
    const got = turns(CNN);
    expect(got.map((t) => t.speaker)).toEqual(['jake-tapper', 'gina-raimondo', 'jake-tapper', 'gina-raimondo']);
    for (const t of got) expect(t.text).not.toMatch(/^>/);
  });

  it('"CNN HOST" after the comma makes the anchor the host, and the other speaker the guest', () => {
    expect(roles(CNN)).toEqual({ 'Jake Tapper': 'host', 'Gina Raimondo': 'guest' });
  });
});

const PRINTED = [
  '# "We will not ship it until it is safe": an interview with Ruth Adeyemi',
  '',
  'Ruth Adeyemi is the chief scientist at Helix Robotics in Lagos. We spoke by phone.',
  '',
  'Q. How did you start at Helix Robotics?',
  '',
  'A. I joined from Google in 2019. Back then we were twelve people.',
  '',
  'Q. Who are your customers?',
  '',
  'A. Mostly logistics firms. DHL is the biggest.',
].join('\n');

describe('segment: "Q." and "A." with a period', () => {
  it('are the interviewer\'s and the introduced guest\'s turns', () => {
    const got = turns(PRINTED);
    expect(got.map((t) => t.label)).toEqual(['Q', 'A', 'Q', 'A']);
    expect(got[1].speaker).toBe('ruth-adeyemi');
    expect(got[1].text).toBe('I joined from Google in 2019. Back then we were twelve people.');
  });

  it('"A." without any "Q." is a list item, not a speaker', () => {
    const text = ['Host: The agenda has two parts.', '', 'A. Introductions and a look back.', '', 'B. What comes next.', '', 'Guest: Sounds good.'].join('\n');
    expect(turns(text).map((t) => t.label)).toEqual(['Host', 'Guest']);
  });
});

describe('speakers: bare role marks beside named labels', () => {
  it('"答：" in an interview whose guest speaks under their own name too is that guest', () => {
    const text = [
      '# 专访中科院院士李明：大模型不是AI的全部',
      '',
      '记者：李院士您好。您怎么看今年DeepSeek的突破？',
      '',
      '李明：DeepSeek证明了中国团队可以用更少的算力做出顶尖模型。',
      '',
      '问：清华大学在这方面有什么合作？',
      '',
      '答：我们和清华大学一起建了一个联合实验室。',
    ].join('\n');
    const got = turns(text, 'wenda');
    expect(got.map((t) => t.speaker)).toEqual(['host@wenda', '李明', 'host@wenda', '李明']);
  });

  it('"答：" stays an unnamed guest when two people speak under their own names', () => {
    const text = ['主持人：欢迎两位。', '', '张伟：谢谢。', '', '李娜：谢谢邀请。', '', '问：你们怎么看？', '', '答：都很乐观。'].join('\n');
    expect(turns(text, 'panel').at(-1)!.speaker).toBe('guest@panel');
  });

  it('in a two-person talk whose guest the intro names, the other speaker hosts', () => {
    const text = [
      "Today's post is a conversation with Elena Kovacs, founder of Lumen Bio.",
      '',
      '**Noah Fischer** (00:01:23): Elena, what does Lumen Bio make?',
      '',
      '**Elena Kovacs** (00:01:30): We design antibodies with machine learning.',
    ].join('\n');
    expect(roles(text)).toEqual({ 'Noah Fischer': 'host', 'Elena Kovacs': 'guest' });
  });
});
