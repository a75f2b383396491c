// Sponsor reads inside a speaker's turn (extract/stages/segment/sponsors.ts, cut out by segment.ts): the advert adds no
// entities or relations, the speaker's own words around it stay their turns, and every span stays valid.
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';
import { extractText } from './extract-text.ts';

const extract = (text: string, id = 'ad.en') => extractText(text, id);
const labels = (text: string, id?: string): string[] => extract(text, id).entities.map((e) => e.label);
const pieces = (text: string) => segment({ id: 'doc', path: 'doc.md', text }).segments.map((s) => [s.kind, s.speakerLabel, s.text] as const);

const OPENING = 'Tom Becker: Welcome back to Gradient Descent. Today we have Priya Raman from Halcyon Robotics.\n\nPriya Raman: Thanks for having me.\n\n';
const VANTA =
  'this episode is brought to you by Vanta. Vanta automates compliance for SOC 2 and ISO 27001, so startups like Ramp and Notion close enterprise deals faster. Go to vanta.com/gradient to get $1,000 off.';
// The announced reads below keep only the advert's copy ("Vanta automates…"): no cue opens that paragraph.
const ADVERTISED = ['Vanta', 'Ramp', 'Notion', 'SOC', 'ISO', 'ISO 27001', 'SOC 2'];

describe('sponsor reads inside a turn', () => {
  it.each([
    ['mid-paragraph, closed by "Now, back to our conversation"', `${OPENING}Tom Becker: Thanks Priya. Before we start: ${VANTA} Now, back to our conversation. So Priya, did you leave Google DeepMind in 2023?\n\nPriya Raman: Yes, I left Google DeepMind in 2023.\n`],
    ['mid-paragraph, running to the end of the turn', `${OPENING}Tom Becker: Before we start: ${VANTA}\n\nPriya Raman: I left Google DeepMind in 2023 to start Halcyon Robotics.\n`],
    ['announced, read in its own paragraph, closed by "OK, back to the show"', `${OPENING}Tom Becker: A quick word from our sponsor.\n\n${VANTA.slice(VANTA.indexOf('Vanta automates'))}\n\nOK, back to the show. Priya, you worked at Google DeepMind?\n\nPriya Raman: Yes.\n`],
    ['announced, read in the next paragraph, no return cue', `${OPENING}Tom Becker: A quick word from our sponsor.\n\n${VANTA.slice(VANTA.indexOf('Vanta automates'))}\n\nPriya Raman: I left Google DeepMind in 2023.\n`],
  ])('%s: no advertised entity, the conversation is kept', (_, text) => {
    const doc = extract(text);
    const found = doc.entities.map((e) => e.label);
    for (const name of ADVERTISED) expect(found).not.toContain(name);
    expect(found).toEqual(expect.arrayContaining(['Priya Raman', 'Halcyon Robotics', 'Google DeepMind']));
    expect(doc.relations.some((r) => [r.source, r.target].some((k) => /vanta|ramp|notion/.test(k)))).toBe(false);
    // The advert is one boilerplate turn holding its words; every mention's span reads its surface in its turn.
    const ads = doc.turns.filter((t) => t.kind === 'boilerplate');
    expect(ads.map((t) => t.text).join(' ')).toMatch(/Vanta automates compliance.*\$1,000 off\./);
    const byId = new Map(doc.turns.map((t) => [t.id, t.text]));
    for (const m of doc.mentions) expect(byId.get(m.turn)!.slice(m.start, m.end)).toBe(m.surface);
  });

  it("keeps the speaker's words before and after the read as their turns, word for word", () => {
    expect(pieces(`${OPENING}Tom Becker: Thanks Priya. Before we start: ${VANTA} Now, back to our conversation with Priya. So Priya, how did Halcyon start?\n`).slice(2)).toEqual<unknown[]>([
      ['turn', 'Tom Becker', 'Thanks Priya. Before we start:'],
      ['boilerplate', null, VANTA],
      ['turn', 'Tom Becker', 'Now, back to our conversation with Priya. So Priya, how did Halcyon start?'],
    ]);
  });

  it('Chinese: 本期节目由…赞助 up to 回到我们的话题, and 广告时间 to the end of the turn', () => {
    const text =
      '主持人：欢迎收听本期节目，今天的嘉宾是张伟。在开始之前，本期节目由飞书赞助。飞书是字节跳动推出的协作平台，比企业微信更适合创业公司。好，回到我们的话题，张伟，你们公司是做什么的？\n\n' +
      '张伟：我们做仓储机器人，客户有京东。\n\n主持人：广告时间。极客时间是一个学习平台，由极客邦科技出品，和腾讯课堂不同。\n\n张伟：我们和英伟达有合作。\n';
    expect(pieces(text).map(([kind, who]) => `${kind[0]}:${who ?? '-'}`)).toEqual(['t:主持人', 'b:-', 't:主持人', 't:张伟', 'b:-', 't:张伟']);
    const found = labels(text, 'ad.zh');
    for (const name of ['ByteDance', 'WeChat', 'Tencent', '飞书', '字节跳动', '企业微信', '腾讯']) expect(found).not.toContain(name);
    expect(found).toEqual(expect.arrayContaining(['NVIDIA']));
  });

  it.each([
    ['a sponsored hackathon', 'Our hackathon was sponsored by Ramp and Notion last year.', ['Ramp', 'Notion']],
    ['advertising as a topic', '广告是为了推销某种产品，比如字节跳动的广告业务。', ['ByteDance']],
    ["a trial's sponsors", 'Our sponsors are mostly drug makers, and the trial ran on Ramp and Notion.', ['Ramp', 'Notion']],
  ])('talk about %s is no sponsor read', (_, words, kept) => {
    const text = `${OPENING}Priya Raman: ${words}\n\nTom Becker: Interesting.\n`;
    expect(pieces(text).every(([kind]) => kind === 'turn')).toBe(true);
    expect(labels(text)).toEqual(expect.arrayContaining(kept));
  });

  it('thanking the sponsors in passing takes only that sentence, not the paragraph after it', () => {
    const text = `${OPENING}Tom Becker: Thanks to our sponsors, and now let's get going.\n\nPriya, you left Google DeepMind in 2023?\n\nPriya Raman: Yes.\n`;
    expect(pieces(text).slice(2).map(([kind, who]) => `${kind[0]}:${who ?? '-'}`)).toEqual(['b:-', 't:Tom Becker', 't:Priya Raman']);
  });

  it('a read with no return cue in a long paragraph ends after a read’s length', () => {
    const talk = 'We then built our own simulator for warehouse robots and tested it for months. '.repeat(30);
    const text = `${OPENING}Tom Becker: This episode is brought to you by Vanta. ${talk}Later we partnered with DHL.\n`;
    const segs = pieces(text).slice(2);
    expect(segs.map(([kind]) => kind)).toEqual(['boilerplate', 'turn']);
    expect(segs[1][2]).toMatch(/partnered with DHL\.$/);
  });
});
