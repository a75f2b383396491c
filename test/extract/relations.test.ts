// Tests for the relations stage: sentences with hand-marked mentions ([surface|type] or
// [surface|type|Canonical]) in, the typed relations a reader would expect out — and none from adjacency.
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../extract/stages/relations.ts';
import { compileRelationRules, loadRelationRules } from '../../extract/rules.ts';
import type { Entity, ResolvedDocument, ResolvedMention, Speaker } from '../../extract/types.ts';
import type { EntityType, Turn } from '../../src/model.ts';
import { LexiconError } from '../../extract/errors.ts';

const RULES = loadRelationRules();
const key = (label: string) => label.toLowerCase().replace(/\s+/g, '-');

interface TurnSpec {
  speaker?: string;
  kind?: 'turn' | 'narration';
  text: string;
}

/** Builds a resolved document from marked-up turns; speakers become person entities, the first one hosting. */
function doc(specs: (TurnSpec | string)[]): ResolvedDocument {
  const entities = new Map<string, Entity>();
  const mentions: ResolvedMention[] = [];
  const entity = (label: string, type: EntityType, alias: string, speaker = false) => {
    const k = key(label);
    const e = entities.get(k) ?? { key: k, label, type, aliases: [], mentions: [], speaker };
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    e.speaker ||= speaker;
    entities.set(k, e);
    return e;
  };
  const speakers: Speaker[] = [];
  const turns: Turn[] = specs.map((s, index) => {
    const spec = typeof s === 'string' ? { text: s } : s;
    const id = `d#${index}`;
    let text = '';
    let rest = spec.text;
    for (let m = /\[([^\]|]+)\|([a-z]+)(?:\|([^\]]+))?\]/.exec(rest); m; m = /\[([^\]|]+)\|([a-z]+)(?:\|([^\]]+))?\]/.exec(rest)) {
      text += rest.slice(0, m.index);
      const [, surface, type, canonical] = m;
      const e = entity(canonical ?? surface, type as EntityType, surface);
      const span = { turn: id, start: text.length, end: text.length + surface.length };
      e.mentions.push(span);
      mentions.push({ ...span, surface, type: type as EntityType, canonical: e.label, source: 'lexicon', reason: 'test', entity: e.key });
      text += surface;
      rest = rest.slice(m.index + m[0].length);
    }
    text += rest;
    if (spec.speaker && !speakers.some((sp) => sp.label === spec.speaker)) {
      entity(spec.speaker, 'person', spec.speaker, true);
      speakers.push({ key: key(spec.speaker), label: spec.speaker, aliases: [spec.speaker], role: speakers.length === 0 ? 'host' : 'guest' });
    }
    const kind = spec.kind ?? (spec.speaker ? 'turn' : 'narration');
    return { id, document: 'd', index, kind, speaker: spec.speaker ? key(spec.speaker) : null, speakerLabel: spec.speaker ?? null, section: null, text };
  });
  return {
    document: { id: 'd', title: 'd', source: 'd.md', lang: 'mixed' },
    turns,
    speakers,
    diagnostics: [],
    entities: [...entities.values()],
    mentions,
  };
}

/** "Source TYPE Target" lines, by label. */
function relations(specs: (TurnSpec | string)[]): string[] {
  const d = doc(specs);
  const label = new Map(d.entities.map((e) => [e.key, e.label]));
  return extractRelations(d, RULES).relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
}

describe('extractRelations: one sentence, one relation', () => {
  it.each([
    ['[Anthropic|organization]首席执行官[Dario Amodei|person]在发布会上说', 'Dario Amodei CEO_OF Anthropic'],
    ['[Mistral|organization] 的 首席执行官兼联合创始人 [Arthur Mensch|person]接受了采访', 'Arthur Mensch CEO_OF Mistral'],
    ['[Mistral|organization] 的 首席执行官兼联合创始人 [Arthur Mensch|person]接受了采访', 'Arthur Mensch FOUNDED Mistral'],
    ['[Satya Nadella|person], the CEO of [Microsoft|organization], said so.', 'Satya Nadella CEO_OF Microsoft'],
    ['Yesterday [Google|organization] CEO [Sundar Pichai|person] spoke.', 'Sundar Pichai CEO_OF Google'],
    ['[李飞飞|person|Fei-Fei Li]于2024年创立了[World Labs|organization]。', 'Fei-Fei Li FOUNDED World Labs'],
    ['[Anthropic|organization] was founded by [Dario Amodei|person] and [Daniela Amodei|person].', 'Daniela Amodei FOUNDED Anthropic'],
    ['We spoke with [Noam Shazeer|person], who is a co-founder of [Character.AI|organization].', 'Noam Shazeer FOUNDED Character.AI'],
    ['[Jan Leike|person], who is a research scientist at [Anthropic|organization], joined us.', 'Jan Leike WORKS_AT Anthropic'],
    ['[Google|organization]研究员[Jeff Dean|person]表示', 'Jeff Dean WORKS_AT Google'],
    ['[DeepSeek|organization]的[梁文锋|person|Liang Wenfeng]很少接受采访。', 'Liang Wenfeng WORKS_AT DeepSeek'],
    ['本期嘉宾：[陈思远|person]，[宇树科技|organization|Unitree]产品副总裁', '陈思远 WORKS_AT Unitree'],
    ['[刘颖|person]，[清华大学|organization|Tsinghua University][自动化|concept|automation]系副教授', '刘颖 WORKS_AT Tsinghua University'],
    ['[DeepSeek|organization]创始人[梁文锋|person|Liang Wenfeng]以前做量化。', 'Liang Wenfeng FOUNDED DeepSeek'],
    ['[DeepMind|organization]最近发布了[Gemini 2.0|model]。', 'DeepMind RELEASED Gemini 2.0'],
    ['在 [Meta|organization] 开源 [Llama 3|model] 之后', 'Meta RELEASED Llama 3'],
    ['[智谱|organization]推出的[GLM-4|model]表现不错', '智谱 RELEASED GLM-4'],
    ['Back then there was [MuseNet|model] by [OpenAI|organization], which was fun.', 'OpenAI RELEASED MuseNet'],
    ['[Mistral|organization] released [Mixtral|model] in December.', 'Mistral RELEASED Mixtral'],
    ['I remember the first [BERT|model] at [Google|organization].', 'Google RELEASED BERT'],
    ['[GPT-4o|model]在[MMLU|benchmark]基准测试中得分很高', 'GPT-4o EVALUATED_ON MMLU'],
    ['[Claude 3|model] does much better on [GPQA|benchmark] than before.', 'Claude 3 EVALUATED_ON GPQA'],
    ['[红杉资本|organization]投资了[Kimi|organization]', '红杉资本 INVESTED_IN Kimi'],
    ['[Microsoft|organization] invested in [OpenAI|organization] early.', 'Microsoft INVESTED_IN OpenAI'],
    ['[英伟达|organization]与[联发科|organization]达成合作', '英伟达 PARTNERS_WITH 联发科'],
    ['[Apple|organization] has partnered with [OpenAI|organization] on Siri.', 'Apple PARTNERS_WITH OpenAI'],
    ['[Mistral|organization]总部位于[巴黎|place|Paris]', 'Mistral LOCATED_IN Paris'],
    ['[Hugging Face|organization] is a company based in [New York|place].', 'Hugging Face LOCATED_IN New York'],
    ['There is a startup in [Germany|place] called [Aleph Alpha|organization] doing this.', 'Aleph Alpha LOCATED_IN Germany'],
    ['[DeepMind|organization]是[Alphabet|organization]旗下的一个实验室', 'DeepMind PART_OF Alphabet'],
    ['[Llama|model]是一种[开源模型|concept|open-weight models]', 'Llama IS_A open-weight models'],
    ['[Sora|model] is a diffusion-based [video model|concept].', 'Sora IS_A video model'],
    ['从 [GPT-3.5|model] 到后来的 [GPT-4|model]，变化很大', 'GPT-4 SUCCEEDS GPT-3.5'],
    ['We went from [Llama 2|model] to [Llama 3|model] in a year.', 'Llama 3 SUCCEEDS Llama 2'],
    ['[Vicuna|model]基于[LLaMA|model]微调而来', 'Vicuna BUILT_ON LLaMA'],
    ['[Alpaca|model] is built on top of [LLaMA|model].', 'Alpaca BUILT_ON LLaMA'],
    ['[Phi-3|model] was trained on [TinyStories|work] and web data.', 'Phi-3 TRAINED_ON TinyStories'],
    ['[百度|organization]与[阿里巴巴|organization]在云计算领域竞争', '百度 COMPETES_WITH 阿里巴巴'],
    ['[Demis Hassabis|person], the head of [DeepMind|organization], said it.', 'Demis Hassabis LEADS DeepMind'],
    ['[Yann LeCun|person] spoke at [NeurIPS|event] about world models.', 'Yann LeCun SPOKE_AT NeurIPS'],
    ['[字节跳动|organization]采用了一种新的[评估框架|concept|evaluation framework]', '字节跳动 USES evaluation framework'],
    ['[大模型|concept|large language models]领域的头部创业公司，[月之暗面|organization]，刚刚融资', '月之暗面 FOCUSES_ON large language models'],
    ['[Ilya Sutskever|person] was a core member of the original team behind [GPT-2|model].', 'Ilya Sutskever CONTRIBUTED_TO GPT-2'],
    ['[Andrej Karpathy|person] grew up in [Slovakia|place].', 'Andrej Karpathy GREW_UP_IN Slovakia'],
    ['[Kai-Fu Lee|person] studied at [Columbia University|organization].', 'Kai-Fu Lee STUDIED_AT Columbia University'],
    ['[Stripe|organization]总部在[美国|place|United States]的[旧金山|place|San Francisco]', 'Stripe HEADQUARTERED_IN San Francisco'],
    ['[日本|place|Japan]的[大阪|place|Osaka]很热闹', 'Osaka LOCATED_IN Japan'],
    ['[三星|organization|Samsung]和[索尼|organization|Sony]合资的[S-LCD|organization]已经关闭', 'Sony FOUNDED S-LCD'],
    ['[Zapier|organization] raised money in a Series C led by [Sequoia|organization].', 'Sequoia INVESTED_IN Zapier'],
    ['[Kleiner Perkins|organization] led [Figma|organization]\'s seed round.', 'Kleiner Perkins INVESTED_IN Figma'],
    ['[Mixtral|model] uses a sparse [mixture of experts|concept] design.', 'Mixtral USES mixture of experts'],
    ['[Mistral|organization]的[Le Chat|product]很好用', 'Mistral DEVELOPED Le Chat'],
    ['[Phi-4|model], a small [language model|concept], is out.', 'Phi-4 IS_A language model'],
    ['[Anthropic|organization] has [Claude|model] and [Google|organization] has [Gemini|model].', 'Google DEVELOPED Gemini'],
    ['[Jane Doe|person], who writes about chips for [The Verge|work], asked.', 'Jane Doe WORKS_AT The Verge'],
    ['[Waymo|organization], the [Phoenix|place] company, expanded.', 'Waymo LOCATED_IN Phoenix'],
    ['[Yann LeCun|person], [Meta|organization]\'s chief AI scientist, disagrees.', 'Yann LeCun WORKS_AT Meta'],
    ['CTO of [Halcyon Robotics|organization], a [startup|concept|startups] in [Pittsburgh|place] building robots.', 'Halcyon Robotics LOCATED_IN Pittsburgh'],
    ['[Kyutai|organization], a small nonprofit lab in [Paris|place], released it.', 'Kyutai LOCATED_IN Paris'],
    ['[Yann LeCun|person] said at [VivaTech|event] that LLMs are limited.', 'Yann LeCun SPOKE_AT VivaTech'],
    ['[Richard Feynman|person]\'s essay [Cargo Cult Science|work] is famous.', 'Richard Feynman AUTHORED Cargo Cult Science'],
    ['[英特尔|organization|Intel]收购了[Habana|organization]', 'Intel ACQUIRED Habana'],
  ])('%s → %s', (text, expected) => {
    expect(relations([text])).toContain(expected);
  });
});

describe('extractRelations: lists, parties of the conversation, names', () => {
  it("reads a guest's investors and partners said in the first person as their company's", () => {
    const out = relations([
      { speaker: 'Host', text: 'Welcome [Bernt Børnich|person], CEO of [1X Technologies|organization].' },
      { speaker: 'Bernt Børnich', text: "We raised money from [OpenAI|organization]'s startup fund, and our partner [Nvidia|organization] gives us early access to chips." },
      { speaker: 'Bernt Børnich', text: 'We also partner with [Toyota|organization] on factories, but we never partnered with [Ford|organization].' },
    ]);
    expect(out).toEqual(expect.arrayContaining(['Bernt Børnich CEO_OF 1X Technologies', 'OpenAI INVESTED_IN 1X Technologies', '1X Technologies PARTNERS_WITH Nvidia', '1X Technologies PARTNERS_WITH Toyota']));
    expect(out).not.toContain('OpenAI FUNDS 1X Technologies');
    expect(out).not.toContain('1X Technologies PARTNERS_WITH Ford');
  });

  it('gives both investors of one sentence to the guest\'s company, and neither to the other investor', () => {
    const out = relations([
      { speaker: 'Host', text: 'Welcome [Priya Raman|person], co-founder of [Halcyon Robotics|organization].' },
      { speaker: 'Priya Raman', text: 'We raised a seed round from [Lux Capital|organization], and last year we closed a $40 million Series A led by [Khosla Ventures|organization].' },
    ]);
    expect(out).toEqual(expect.arrayContaining(['Lux Capital INVESTED_IN Halcyon Robotics', 'Khosla Ventures INVESTED_IN Halcyon Robotics']));
    expect(out).not.toContain('Khosla Ventures INVESTED_IN Lux Capital');
  });

  it('reads where each panel guest works from "我是X，在Y…", and a job held "之前" as past', () => {
    const out = relations([
      { speaker: '主持人', text: '先请大家简单介绍一下自己。' },
      { speaker: '王哲', text: '大家好，我是[王哲|person]。之前我在[华为|organization|Huawei]做了六年的芯片。' },
      { speaker: '陈思远', text: '我是[陈思远|person]，在[宇树科技|organization|Unitree]负责产品。' },
      { speaker: '刘颖', text: '我是[刘颖|person]，在[清华大学|organization|Tsinghua University][自动化|concept|automation]系任教。' },
    ]);
    expect(out).toEqual(expect.arrayContaining(['王哲 WORKED_AT Huawei', '陈思远 WORKS_AT Unitree', '刘颖 WORKS_AT Tsinghua University']));
    expect(out).not.toContain('王哲 WORKS_AT Huawei');
  });

  it("reads a founder's team, investors and acquisition as her company's", () => {
    const out = relations([
      { speaker: 'Host', text: 'Welcome [Priya Raman|person], co-founder of [Halcyon Robotics|organization].' },
      { speaker: 'Priya Raman', text: 'Our head of [hardware|concept], [Marco Rossi|person], used to work at [Boston Dynamics|organization]. Our investors include [Sequoia|organization], [a16z|organization] and [Eric Schmidt|person].' },
      { speaker: 'Priya Raman', text: 'Yes, we acquired [Gripwise|organization], a small tactile-sensing startup from [Zurich|place].' },
    ]);
    expect(out).toEqual(
      expect.arrayContaining([
        'Marco Rossi WORKS_AT Halcyon Robotics',
        'Marco Rossi WORKED_AT Boston Dynamics',
        'Sequoia INVESTED_IN Halcyon Robotics',
        'a16z INVESTED_IN Halcyon Robotics',
        'Eric Schmidt INVESTED_IN Halcyon Robotics',
        'Halcyon Robotics ACQUIRED Gripwise',
        'Gripwise LOCATED_IN Zurich',
      ]),
    );
  });

  it("reads a Chinese founder's staff, investors, acquisition, partners and rival as her company's", () => {
    const out = relations([
      { kind: 'narration', text: '嘉宾为[星海智能|organization]创始人兼CEO[赵明远|person]。' },
      { speaker: '主持人', text: '欢迎明远。' },
      { speaker: '赵明远', text: '我们的CTO[张伟|person]以前在[大疆|organization|DJI]做了八年。' },
      { speaker: '赵明远', text: '我们的投资方包括[红杉资本|organization|Sequoia Capital]和[高瓴|organization|Hillhouse Capital]，去年还拿到了[美团|organization|Meituan]的战略投资。今年我们收购了一家做触觉传感器的公司，叫[触感科技|organization]。' },
      { speaker: '赵明远', text: '我们和[英伟达|organization|NVIDIA]、[高通|organization|Qualcomm]都有合作。我们和[优必选|organization|UBTech]在一些项目上是竞争关系。' },
    ]);
    expect(out).toEqual(
      expect.arrayContaining([
        '张伟 WORKS_AT 星海智能',
        '张伟 WORKED_AT DJI',
        'Sequoia Capital INVESTED_IN 星海智能',
        'Hillhouse Capital INVESTED_IN 星海智能',
        'Meituan INVESTED_IN 星海智能',
        '星海智能 ACQUIRED 触感科技',
        '星海智能 PARTNERS_WITH NVIDIA',
        '星海智能 PARTNERS_WITH Qualcomm',
        '星海智能 COMPETES_WITH UBTech',
      ]),
    );
  });

  it("reads a CEO's acquisitions and rivals said in the first person as her company's, and a denial as nothing", () => {
    const out = relations([
      { kind: 'narration', text: "[AMD|organization]'s chief executive [Lisa Su|person] has turned the company around." },
      { speaker: 'Nilay Patel', text: 'What changed?' },
      { speaker: 'Lisa Su', text: 'Today we are competing with [Nvidia|organization|NVIDIA] in [GPUs|concept] and with [Intel|organization] in [CPUs|concept].' },
      { speaker: 'Lisa Su', text: 'We acquired [Silo AI|organization], a Finnish lab. Our biggest rival, [Qualcomm|organization], makes phones. We compete hard with [Arm|organization].' },
      { speaker: 'Lisa Su', text: 'We did not partner with [Broadcom|organization], and we do not compete with [Apple|organization].' },
    ]);
    expect(out).toEqual(
      expect.arrayContaining([
        'Lisa Su CEO_OF AMD',
        'AMD COMPETES_WITH NVIDIA',
        'AMD COMPETES_WITH Intel',
        'AMD ACQUIRED Silo AI',
        'AMD COMPETES_WITH Qualcomm',
        'AMD COMPETES_WITH Arm',
      ]),
    );
    expect(out.filter((r) => /Broadcom|Apple/.test(r))).toEqual([]);
  });

  it("reads 我们收购了X, 我们和X竞争 and 我们的竞争对手是X as the speaker's company's, and 没有…竞争 as nothing", () => {
    const out = relations([
      { kind: 'narration', text: '[百川智能|organization|Baichuan]创始人[王小川|person]接受了专访。' },
      { speaker: '主持人', text: '你好。' },
      { speaker: '王小川', text: '我们收购了[智谱|organization|Zhipu]。我们一直在和[月之暗面|organization|Moonshot]竞争。我们的竞争对手是[MiniMax|organization]。' },
      { speaker: '王小川', text: '我们没有和[阿里巴巴|organization|Alibaba]竞争。' },
    ]);
    expect(out).toEqual(expect.arrayContaining(['Baichuan ACQUIRED Zhipu', 'Baichuan COMPETES_WITH Moonshot', 'Baichuan COMPETES_WITH MiniMax']));
    expect(out.filter((r) => r.includes('Alibaba'))).toEqual([]);
  });

  it("reads the maker of the speaker's goods as supplying her company, and not a cue-less \"makes our\"", () => {
    const out = relations([
      { kind: 'narration', text: "[AMD|organization]'s chief executive [Lisa Su|person] spoke to us." },
      { speaker: 'Nilay Patel', text: 'How dependent are you?' },
      { speaker: 'Lisa Su', text: '[TSMC|organization] manufactures our most advanced chips in [Taiwan|place]. [Samsung|organization] builds our memory modules. Our suppliers include [ASE|organization] and [Amkor|organization].' },
      { speaker: 'Lisa Su', text: '[Intel|organization] makes our life hard, and [GlobalFoundries|organization] no longer supplies our wafers.' },
    ]);
    expect(out).toEqual(expect.arrayContaining(['TSMC SUPPLIES AMD', 'Samsung SUPPLIES AMD', 'ASE SUPPLIES AMD', 'Amkor SUPPLIES AMD']));
    expect(out.filter((r) => /Intel|GlobalFoundries/.test(r))).toEqual([]);
  });

  it.each([
    ['台积电为我们代工', '[台积电|organization|TSMC]为我们代工最先进的芯片。'],
    ['我们的芯片由台积电代工', '我们的芯片由[台积电|organization|TSMC]代工。'],
    ['我们的供应商包括台积电', '我们的供应商包括[台积电|organization|TSMC]。'],
  ])("reads %s as supplying the speaker's company", (_what, text) => {
    const out = relations([
      { kind: 'narration', text: '[壁仞科技|organization|Biren]创始人[张文|person]接受了专访。' },
      { speaker: '主持人', text: '你好。' },
      { speaker: '张文', text },
    ]);
    expect(out).toContain('TSMC SUPPLIES Biren');
  });

  it('reads 英伟达的Isaac平台 as no person working at NVIDIA', () => {
    expect(relations(['[英伟达|organization|NVIDIA]的[Isaac|person]平台我们用得很多。'])).not.toContain('Isaac WORKS_AT NVIDIA');
  });

  it('a co-host greeting the host interviews no one; the guest greeted is interviewed', () => {
    const out = relations([
      { speaker: 'Tom Becker', text: "Hey everyone, I'm Tom, here with my co-host [Lena Fischer|person]." },
      { speaker: 'Lena Fischer', text: 'Hi [Tom|person|Tom Becker]. Today we have [Priya Raman|person].' },
      { speaker: 'Priya Raman', text: 'Thanks for having me.' },
    ]);
    expect(out).toContain('Lena Fischer INTERVIEWS Priya Raman');
    expect(out).not.toContain('Lena Fischer INTERVIEWS Tom Becker');
  });

  it.each([
    ['阿里巴巴和腾讯都投资了Y', '[阿里巴巴|organization|Alibaba]和[腾讯|organization|Tencent]都投资了[百川智能|organization|Baichuan]。'],
    ['X and Y invested in Z', '[Sequoia|organization] and [a16z|organization|Andreessen Horowitz] invested in [Baichuan|organization] last year.'],
    ['X and Y both backed Z', '[Sequoia|organization] and [a16z|organization|Andreessen Horowitz] both backed [Baichuan|organization].'],
  ])('gives every investor of a list subject the investment (%s)', (_what, text) => {
    const out = relations([text]).filter((r) => r.includes('INVESTED_IN'));
    expect(out).toHaveLength(2);
    expect(out.every((r) => r.endsWith('INVESTED_IN Baichuan'))).toBe(true);
  });

  it.each([
    ['X and Y founded Z', '[Larry Page|person] and [Sergey Brin|person] founded [Google|organization] in 1998.'],
    ['X和Y共同创立了Z', '[拉里·佩奇|person|Larry Page]和[谢尔盖·布林|person|Sergey Brin]在1998年共同创立了[谷歌|organization|Google]。'],
  ])('gives every founder of a list subject the company (%s)', (_what, text) => {
    expect(relations([text])).toEqual(expect.arrayContaining(['Larry Page FOUNDED Google', 'Sergey Brin FOUNDED Google']));
  });

  it('reads "Y raised a round from X" as an investment', () => {
    expect(relations(['[Tessellate|organization] raised a seed round from [Lux Capital|organization] last year.'])).toContain('Lux Capital INVESTED_IN Tessellate');
  });

  it('gives every member of a list the relation (funders named after "funding from")', () => {
    const out = relations([
      { speaker: 'Host', text: 'Welcome [Jane Roe|person|Jane Roe], co-founder of [Acme Lab|organization].' },
      { speaker: 'Jane Roe', text: 'We have funding from two donors, [John Doe|person] and [Mary Major|person].' },
    ]);
    expect(out).toEqual(expect.arrayContaining(['John Doe FUNDS Acme Lab', 'Mary Major FUNDS Acme Lab']));
  });

  it('sends "we released" to the speaker\'s organisation, known from an earlier title', () => {
    const out = relations([
      { text: '[智源|organization]首席执行官[王仲远|person]接受了采访。' },
      { speaker: '主持人', text: '欢迎！' },
      { speaker: '王仲远', text: '我们去年发布了[Emu3|model]。' },
    ]);
    expect(out).toContain('智源 RELEASED Emu3');
  });

  it('falls back to the speaker when their organisation is unknown', () => {
    expect(relations([{ speaker: 'Host', text: 'Hi.' }, { speaker: 'Ann Lee', text: 'We released [Foo-1|model] last week.' }])).toContain('Ann Lee RELEASED Foo-1');
  });

  it('sends "你发布了" to the addressee\'s organisation', () => {
    const out = relations([
      { text: '[Acme|organization] CEO [Bo Chen|person] 接受了采访。' },
      { speaker: '主持人', text: '最近你们推出了 [Acme-2|model]，能介绍一下吗？' },
      { speaker: 'Bo Chen', text: '好的。' },
    ]);
    expect(out).toContain('Acme RELEASED Acme-2');
  });

  it('reads first-person titles and past employers as the speaker\'s', () => {
    const out = relations([
      { speaker: 'Dan Wu', text: "Hi, I'm Dan Wu and I'm CEO at [Widgetly|organization]." },
      { speaker: 'Eve Park', text: 'Before that, when I was at [Google|organization], we did search.' },
    ]);
    expect(out).toEqual(expect.arrayContaining(['Dan Wu CEO_OF Widgetly', 'Eve Park WORKED_AT Google']));
  });

  it('finds the host interviewing the guest greeted by name in the opening turns, not later', () => {
    const opening = [
      { speaker: 'Host', text: '嗨，[Lin|person|Lin Qi]，很高兴和你聊聊。' },
      { speaker: 'Lin Qi', text: '谢谢邀请。' },
    ];
    expect(relations(opening)).toContain('Host INTERVIEWS Lin Qi');
    const late = [...Array(6)].flatMap(() => opening.map((t) => ({ ...t, text: '好的。' })));
    expect(relations([...late, ...opening])).not.toContain('Host INTERVIEWS Lin Qi');
  });

  it('reads a cue word the mention finder took for a concept, and gives 你 sentences to the addressee, not the speaker', () => {
    const out = relations([
      { speaker: 'Host', text: '我知道你也[投资|concept|investment]了一些[机器人公司|concept|robotics]，能谈谈吗？' },
      { speaker: 'Guest Li', text: '当然。' },
    ]);
    expect(out).toContain('Guest Li INVESTED_IN robotics');
    expect(out).not.toContain('Host INVESTED_IN robotics');
  });

  it('credits a partnership with no named partner to the guest\'s organisation', () => {
    const out = relations([
      { text: '[Pika|organization] 的 首席执行官 [Demi Guo|person] 来了。' },
      { speaker: '主持人', text: '说到和[迪士尼|organization|Disney]的合作，进展如何？' },
      { speaker: 'Demi Guo', text: '很顺利。' },
    ]);
    expect(out).toContain('Pika PARTNERS_WITH Disney');
  });

  it('reads a leader from a government named after them, and a lab from its parent\'s name', () => {
    const out = relations([
      '[拜登|person|Joe Biden]说了很多。[拜登政府|government|Biden administration]也有行动。',
      '[Google|organization] and the [Google Research|organization] team.',
    ]);
    expect(out).toEqual(expect.arrayContaining(['Joe Biden LEADS Biden administration', 'Google Research PART_OF Google']));
  });

  it('finds every benchmark score listed after a model, each with evidence from the model on', () => {
    const d = doc(['[Yi-Coder|model] 在 [HumanEval|benchmark] 上是 85.4%，在 [MBPP|benchmark] 上是 73.1%，[CRUXEval|benchmark] 上是 50%。']);
    const label = new Map(d.entities.map((e) => [e.key, e.label]));
    const found = extractRelations(d, RULES).relations.filter((r) => r.type === 'EVALUATED_ON');
    expect(found.map((r) => label.get(r.target))).toEqual(['HumanEval', 'MBPP', 'CRUXEval']);
    for (const r of found) expect(d.turns[0].text.slice(r.evidence.at(-1)!.start, r.evidence.at(-1)!.end)).toMatch(/^Yi-Coder .*%$/);
  });

  it('resolves 他/she to the person last named in the turn', () => {
    expect(relations(['[陈明|person|Chen Ming]是芯片专家。他毕业于[浙江大学|organization|Zhejiang University]，后来去了美国。'])).toContain(
      'Chen Ming STUDIED_AT Zhejiang University',
    );
    expect(relations(['My colleague [Ann Bo|person] joined us. She spent ten years at [Intel|organization].'])).toContain('Ann Bo WORKED_AT Intel');
  });

  it('lets a name no lexicon knows (typed organization by default) fill a model slot, but not both ends', () => {
    const d = doc(['[Acme|organization] released [Foo-7B|organization] last week. [Foo-7B|organization] runs on [Bar-9|organization].']);
    d.mentions.forEach((m) => (m.source = m.surface === 'Acme' ? 'lexicon' : 'discovery'));
    const label = new Map(d.entities.map((e) => [e.key, e.label]));
    const out = extractRelations(d, RULES).relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
    expect(out).toEqual(['Acme RELEASED Foo-7B']);
  });

  it('does not make a person the founder of their co-founder when their organisation is unknown', () => {
    const out = relations([{ speaker: 'Host', text: 'Hello.' }, { speaker: 'Li Wei', text: '我和联合创始人[王芳|person|Wang Fang]是同学。' }]);
    expect(out.filter((r) => r.includes('FOUNDED'))).toEqual([]);
  });

  it('keeps a cue-less pair of mentions unrelated, and never relates across sentences', () => {
    expect(relations(['[OpenAI|organization]和[Google|organization]都很强。[Gemini|model]也不错。'])).toEqual([]);
    expect(relations(['[OpenAI|organization] is great. Released [Gemini|model] yesterday.'])).toEqual([]);
    expect(relations(['Talking about [GPT-4|model] and [MMLU|benchmark].'])).toEqual([]);
  });
});

describe("extractRelations: a fallback to the guest's organisation", () => {
  it('does not fire when the sentence names both partners, and still fires when it names one', () => {
    const found = relations([
      { speaker: '王小明', text: '你在哪里工作？' },
      { speaker: '李静', text: '我 2016 年加入[星河电池|organization]。' },
      { speaker: '王小明', text: '固态电池呢？' },
      { speaker: '李静', text: '[丰田|organization]和[出光兴产|organization]有合作。我们和[松下|organization]有合作。' },
    ]);
    expect(found).toContain('李静 WORKS_AT 星河电池');
    expect(found).toContain('丰田 PARTNERS_WITH 出光兴产');
    expect(found).not.toContain('星河电池 PARTNERS_WITH 出光兴产');
    expect(found).toContain('星河电池 PARTNERS_WITH 松下');
  });
});

describe('extractRelations: a denied statement states nothing', () => {
  it.each([
    ['没有合作', '[美团|organization]和[大疆|organization]没有合作。', 'PARTNERS_WITH'],
    ['并未投资', '[红杉资本|organization]并未投资[月之暗面|organization]。', 'INVESTED_IN'],
    ['did not invest', '[Sequoia Capital|organization] did not invest in [Mistral AI|organization].', 'INVESTED_IN'],
    ['没有和…合作 (the partner between negation and cue)', '[美团|organization]没有和[大疆|organization]合作。', 'PARTNERS_WITH'],
    ['并未与…签约', '[宇树科技|organization]并未与[特斯拉|organization]签约。', 'PARTNERS_WITH'],
  ])('%s', (_what, text, type) => {
    expect(relations([text]).filter((r) => r.includes(type))).toEqual([]);
  });

  it.each([
    ['不断深化合作', '[美团|organization]和[大疆|organization]不断深化合作。', '美团 PARTNERS_WITH 大疆'],
    ['未来合作', '[美团|organization]和[大疆|organization]未来合作。', '美团 PARTNERS_WITH 大疆'],
    ['一直和…合作', '[美团|organization]一直和[大疆|organization]合作。', '美团 PARTNERS_WITH 大疆'],
    ['invested', '[Sequoia Capital|organization] invested in [Mistral AI|organization].', 'Sequoia Capital INVESTED_IN Mistral AI'],
  ])('%s is still stated', (_what, text, relation) => {
    expect(relations([text])).toContain(relation);
  });
});

describe('extractRelations: a yes/no question states nothing', () => {
  const ask = (text: string) =>
    relations([
      { speaker: 'Host', text },
      { speaker: 'Sam Altman', text: 'Let me think about that.' },
    ]);
  it.each([
    ['did you…?', 'Sam Altman, have you invested in [fintech|concept]?'],
    ['Has X…?', 'Has [Sequoia|organization] invested in [Baichuan|organization]? I heard it has not.'],
    ['Is it true that…?', 'Is it true that [Sequoia|organization] invested in [Baichuan|organization]?'],
    ['…吗？', '你投资了[金融科技|concept|fintech]吗？'],
    ['是否…？', '[红杉资本|organization|Sequoia]是否投资了[百川智能|organization|Baichuan]？'],
  ])('%s', (_what, text) => {
    expect(ask(text).filter((r) => r.includes('INVESTED_IN'))).toEqual([]);
  });

  it.each([
    ['a statement before the question', '我知道你也投资了一些[金融科技|concept|fintech]公司，能不能谈谈这些公司在做什么？', 'Sam Altman INVESTED_IN fintech'],
    ['a clause before a 吗 question', '在[智利|place|Chile]成长的过程中，你小时候想过自己会做什么吗？', 'Sam Altman GREW_UP_IN Chile'],
    ['a wh-question', '你对[特朗普政府|government|Trump administration]有什么建议？', 'Sam Altman ADVISES Trump administration'],
    ['an English wh-question', 'Why has [Sequoia|organization] invested in [Baichuan|organization]?', 'Sequoia INVESTED_IN Baichuan'],
    ['a statement then a question', 'You have invested in [fintech|concept], but did it pay off?', 'Sam Altman INVESTED_IN fintech'],
  ])('%s still states it', (_what, text, relation) => {
    expect(ask(text)).toContain(relation);
  });

  it('one the addressee confirms ("Yes, …", "对，…") is stated', () => {
    const confirmed = (question: string, answer: string) => relations([{ speaker: 'Host', text: question }, { speaker: 'Sam Altman', text: answer }]);
    expect(confirmed('Sam Altman, have you invested in [fintech|concept]?', 'Yes, in 2019.')).toContain('Sam Altman INVESTED_IN fintech');
    expect(confirmed('你投资了[金融科技|concept|fintech]吗？', '对，投了两家。')).toContain('Sam Altman INVESTED_IN fintech');
  });
});

describe('extractRelations: evidence, merging, purity', () => {
  it('keeps one relation per (source, type, target), with every evidence span covering cue and both mentions', () => {
    const d = doc(['[DeepMind|organization]发布了[Gemini|model]。后来[DeepMind|organization]又发布了[Gemini|model]的新版。']);
    const [r, ...rest] = extractRelations(d, RULES).relations;
    expect(rest).toEqual([]);
    expect(r.evidence.map((e) => d.turns[0].text.slice(e.start, e.end))).toEqual(['DeepMind发布了Gemini', 'DeepMind又发布了Gemini']);
    expect(r.rules).toEqual(['zh-org-released']);
  });

  it('does not mutate its input and returns the same output twice', () => {
    const d = doc(['[Mistral|organization] released [Mixtral|model].']);
    const before = JSON.stringify(d);
    const a = extractRelations(d, RULES);
    expect(JSON.stringify(d)).toBe(before);
    expect(JSON.stringify(extractRelations(d, RULES))).toBe(JSON.stringify(a));
  });
});

describe('relation rules', () => {
  it('every bundled rule has an id, a type and a reason', () => {
    expect(RULES.patterns.length).toBeGreaterThan(100);
    for (const r of RULES.patterns) expect(r.reason.length).toBeGreaterThan(5);
  });

  it.each([
    [{ patterns: [{ id: 'a', type: 'X', pattern: '{S:person} x {O:person}' }] }, /rule a: every rule needs a reason/],
    [{ patterns: [{ id: 'a', type: 'lower', reason: 'r', pattern: '{S:person}{O:person}' }] }, /UPPER_SNAKE/],
    [{ patterns: [{ id: 'a', type: 'X', reason: 'r', pattern: '{S:persn} {O:person}' }] }, /unknown entity type "persn"/],
    [{ patterns: [{ id: 'a', type: 'X', reason: 'r', pattern: '{S:person} ( {O:person}' }] }, /invalid pattern/],
    [{ patterns: [{ id: 'a', type: 'X', reason: 'r', pattern: '{S:person} x', object: 'boss' }] }, /object must be one of its slots/],
  ])('rejects a bad rule file with one line naming the rule (%#)', (json, message) => {
    expect(() => compileRelationRules(json, 'mine.json')).toThrow(LexiconError);
    expect(() => compileRelationRules(json, 'mine.json')).toThrow(message);
  });
});
