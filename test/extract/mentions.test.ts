// Tests for extract/stages/mentions.ts: what a reader expects found in a turn, with valid spans, and nothing in boilerplate.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../extract/lexicon.ts';
import { findMentions } from '../../extract/stages/mentions.ts';
import type { Mention } from '../../extract/types.ts';
import { turnedDocument } from './doc.ts';

const lexicon = loadLexicon();

function mentionsOf(text: string, kind: 'turn' | 'narration' | 'boilerplate' = 'turn'): Mention[] {
  return findMentions(turnedDocument([[kind, null, text]]), lexicon).mentions;
}
const find = (ms: Mention[], surface: string) => ms.find((m) => m.surface === surface);

describe('findMentions', () => {
  it.each([
    ['就连著名数学家陶哲轩都表示', '陶哲轩', 'person', 'Terence Tao'],
    ['你对特朗普政府有什么建议？', '特朗普政府', 'government', 'Trump administration'],
    ['与 AI 安全研究所的一些合作', 'AI 安全研究所', 'government', 'AI Safety Institute'],
    ['O3模型在Frontier Math基准测试中', 'Frontier Math', 'benchmark', 'FrontierMath'],
    ['O3模型在Frontier Math基准测试中', 'O3', 'model', 'o3'],
    ['最近你发布了 o1 模型', 'o1', 'model', 'o1'],
    ['We compared it with GPT4 and Gemini 2.0 Flash.', 'GPT4', 'model', 'GPT-4'],
    ['我们现在坐在华盛顿特区', '华盛顿特区', 'place', 'Washington, D.C.'],
    ['公司主要给宝马供货，后来也给特斯拉供电池。', '宝马', 'organization', 'BMW'],
    ['丰田和出光兴产有合作。', '丰田', 'organization', 'Toyota'],
    ['通用人工智能（AGI）过去是人们经常提到的术语', 'AGI', 'concept', 'artificial general intelligence'],
    ['Chips are scarce, and every data center needs them.', 'Chips', 'concept', 'chips'],
    ['王哲，智元机器人联合创始人', '智元机器人', 'organization', 'AgiBot'],
    ['这一轮由腾讯领投，高瓴创投跟投。', '高瓴创投', 'organization', 'Hillhouse Capital'],
  ])('in %s finds %s as %s (%s)', (text, surface, type, canonical) => {
    const m = find(mentionsOf(text), surface);
    expect(m, JSON.stringify(mentionsOf(text).map((x) => x.surface))).toBeDefined();
    expect(m!.type).toBe(type);
    expect(m!.canonical).toBe(canonical);
  });

  it.each([
    ['model names no list has', 'They trained Gen-3 Alpha and then Llama 3.1 70B on it.', [['Gen-3 Alpha', 'model'], ['Llama 3.1 70B', 'model']]],
    ['an unseen Chinese person name after a title', '联合创始人林知远表示，开源是长期战略。', [['林知远', 'person']]],
    ['an unseen Chinese organization from its suffix', '他之前在星河智能研究院做语音。', [['星河智能研究院', 'organization']]],
    ['an unseen English company by shape', 'We partnered with PredictionGuard last year, and PredictionGuard liked it.', [['PredictionGuard', 'organization']]],
    ['an unseen English company by its head word', 'The round was led by Northwind Capital in March.', [['Northwind Capital', 'organization']]],
    ['an unseen person after a title', 'I talked to Professor Ruth Adeyemi about it.', [['Ruth Adeyemi', 'person']]],
    ['an unseen model before 模型', '我们发布了Zephyrus模型。', [['Zephyrus', 'model']]],
    ['a work in book-title marks', '他写了《智能的边界》这本书。', [['智能的边界', 'work']]],
    ['companies listed beside a known one', '一个是台积电和博世、英飞凌、恩智浦合资的工厂。', [['博世', 'organization'], ['英飞凌', 'organization'], ['恩智浦', 'organization']]],
    ['a transliterated place after 在', '英特尔在马格德堡的工厂推迟了。', [['马格德堡', 'place']]],
    ['a government the tagger writes as one word', '从2019年开始，荷兰政府就没有批准过出口。', [['荷兰政府', 'government']]],
    ['a version of a known product', '华为的昇腾910C已经量产。', [['昇腾910C', 'product']]],
    ['an acronym with a version as a model', 'Wayve showed GAIA-2 and LINGO-2 at the event.', [['GAIA-2', 'model'], ['LINGO-2', 'model']]],
    ['a company written as a web domain', 'Sales grew. Pony.ai went public last year.', [['Pony.ai', 'organization']]],
    ['a dataset by its head word', 'We bootstrapped from the Fisher dataset first.', [['Fisher dataset', 'work']]],
    ['a hyphenated technique', 'They sell robots-as-a-service to warehouses.', [['robots-as-a-service', 'concept']]],
    ['a name with a capitalised prefix', 'Khosla led it. NVentures joined the round.', [['NVentures', 'organization']]],
    ['a name the tagger cuts before its title', '清华大学欧阳明高院士的团队也在做研究。', [['欧阳明高', 'person']]],
    ['a university after 就读于, not 就读于 with it', '杨植麟博士就读于卡内基梅隆大学，曾与他人合作。', [['卡内基梅隆大学', 'organization']]],
    ['unseen products before a hardware noun', "Google's Willow chip worked, and IBM has Heron processors.", [['Willow', 'product'], ['Heron', 'product']]],
    ['a name with a middle initial', 'He holds the Richard P. Feynman chair.', [['Richard P. Feynman', 'person']]],
    ['a US state compromise lists with two tags', 'Intel is building fabs in Ohio this year.', [['Ohio', 'place']]],
    ['people whose first names are also English words', 'I met Rich Sutton, Frank Hutter and Christian Szegedy.', [['Rich Sutton', 'person'], ['Frank Hutter', 'person'], ['Christian Szegedy', 'person']]],
    ['an unseen person whose names are no English words', 'Last week Oren Kass wrote about it.', [['Oren Kass', 'person']]],
    ['a company whose name starts with a number', 'Bernt Børnich, CEO of 1X Technologies, spoke first.', [['1X Technologies', 'organization']]],
    ['the chips made for one market, in either language', 'The rules cover the H100 and the H20, and 英伟达的H800芯片 too.', [['H100', 'product'], ['H20', 'product'], ['H800芯片', 'product']]],
    ['a law whose name holds "and"', 'The CHIPS and Science Act changed funding too.', [['CHIPS and Science Act', 'work']]],
    ['a known company and the product after it', 'We compare against Boston Dynamics Spot all the time.', [['Boston Dynamics', 'organization'], ['Spot', 'product']]],
    ['a known company\'s dataset, one name', 'We use nuScenes and the Waymo Open Dataset for evaluation.', [['Waymo Open Dataset', 'benchmark']]],
    ['NVIDIA\'s simulator, not a man called Isaac', 'We train policies in Isaac Sim before hardware.', [['Isaac Sim', 'product']]],
    ['Baidu\'s robotaxi by its Chinese name', '萝卜快跑在武汉跑了很多单。', [['萝卜快跑', 'product']]],
    ['an unknown town after a place phrase', 'We are based in Tromsø these days.', [['Tromsø', 'place']]],
    ['an unknown town after "<name> in"', 'She teaches at Caltech in Pasadena.', [['Pasadena', 'place']]],
    ['a known company and a product named after its known line', 'The compute is an Nvidia Jetson Thor.', [['Nvidia', 'organization'], ['Jetson Thor', 'product']]],
    ['a robotics conference', 'We presented at CoRL 2025 in Seoul.', [['CoRL', 'event']]],
    ['a company and its lab, whole', 'He is at Microsoft Research Asia now.', [['Microsoft Research Asia', 'organization']]],
    ['names inside hyphenated modifiers', 'We built a Gemini-powered agent and an OpenAI-style API.', [['Gemini', 'model'], ['OpenAI', 'organization']]],
    ['a quoted event', '2月10日，在上海举办的“2026全球具身智能大会”上，我们邀请了三位嘉宾。', [['2026全球具身智能大会', 'event']]],
    ['a model after a sentence adverb', 'Honestly Gemini Robotics from Google DeepMind is closest.', [['Gemini Robotics', 'organization']]],
    ['a Latin product before 平台', '英伟达的Isaac平台我们用得很多。', [['Isaac', 'product']]],
    ['an employer shaped like a person', 'Chris is a principal research engineer at Lockheed Martin these days.', [['Lockheed Martin', 'organization']]],
    ['a version of a known product line', '也用了英伟达的Jetson Orin做端侧推理。', [['Jetson Orin', 'product'], ['端侧推理', 'concept']]],
    ['a podcast welcomed back to', 'Hey everyone, welcome back to Gradient Descent. I am Tom.', [['Gradient Descent', 'work']]],
    ['a podcast before "Podcast"', 'Welcome to another episode of the Practical AI Podcast.', [['Practical AI', 'work']]],
    ['a person whose podcast it is', 'I was on the Lex Fridman Podcast last year.', [['Lex Fridman', 'person']]],
  ])('discovers %s', (_what, text, expected) => {
    const ms = mentionsOf(text as string);
    for (const [surface, type] of expected as string[][]) {
      expect(find(ms, surface)?.type, JSON.stringify(ms.map((m) => [m.surface, m.type]))).toBe(type);
    }
  });

  it.each([
    ['"AI" inside OpenAI', 'OpenAI builds models.', 'AI'],
    ['"o1" inside o10', 'Version o10 is not a model.', 'o1'],
    ['thanks tagged as a name', '谢谢你们邀请我。太棒了！', '谢谢你们'],
    ['a sentence-initial filler', 'So we started. Yeah, it was fine.', 'So'],
    ['"US" in lower case', 'Tell us more about it.', 'us'],
    ['a count of characters (万 is a surname too)', 'Kimi 一开始就支持 20 万字的输入。', '万字'],
    ['a letter ending a sentence joined to the next name', 'We went with Plan B. Google called later.', 'Plan B. Google'],
    ['a company with its fiscal quarter', 'Welcome to the Baidu Third Quarter 2024 call.', 'Baidu Third Quarter'],
    ['an organisation word left alone by a name it cannot read', 'I am the CEO of 1X Technologies, in Norway.', 'Technologies'],
    ['an event word alone', 'We met at the Summit last year.', 'Summit'],
    ['a name with its modifier', 'Our robot, Atlas-class in size, is cheaper.', 'Atlas-class'],
    ['a quoted sentence ending in an event word', '他说“这是一个大会”，然后走了。', '这是一个大会'],
    ['a job title', 'I am the Director of Investor Relations at a fund.', 'Director of Investor Relations'],
    ['a job title ending in a role word', 'Our Chief Technology Officer joined from Google.', 'Chief Technology Officer'],
    ['"3D" with the name after it', 'He likes 3D Gaussian Splatting a lot.', 'D Gaussian Splatting'],
    ['two people joined by "and"', 'Alice and Bob Smith met later.', 'Alice and Bob Smith'],
  ])('does not take %s for a name', (_what, text, surface) => {
    expect(mentionsOf(text).map((m) => m.surface)).not.toContain(surface);
  });

  it.each([
    ['a field in a job title', 'He is the Feynman Professor of Theoretical Physics at Caltech.', 'Theoretical Physics'],
    ['a call written in title case', "Welcome to the Earnings Conference Call. Today's conference is recorded.", 'Earnings Conference Call'],
    ['a headline', 'The Quantum Frontier. We talk about quantum computers.', 'Quantum Frontier'],
    ['a service whose last word is an everyday verb', 'Apollo Go runs in Wuhan. Please go ahead.', 'Apollo Go'],
    ['a known company with its product', 'We compare against Boston Dynamics Spot all the time.', 'Boston Dynamics Spot'],
    ['a role in the room', 'A question from an Audience Member here.', 'Audience Member'],
  ])('does not take %s for a person', (_what, text, surface) => {
    const doc = findMentions(turnedDocument([['turn', null, text]]), lexicon).mentions;
    expect(doc.filter((m) => m.type === 'person').map((m) => m.surface)).not.toContain(surface);
  });

  it.each([
    ['safety of a battery (安全性) as AI safety', '刀片电池是磷酸铁锂路线，安全性很好。', 'AI safety'],
    ['智能 inside a product name as intelligence', '我们认为百度智能云在企业市场有优势。', 'intelligence'],
    ['智能 in 智能助手 as intelligence', '他推出了智能助手 Kimi。', 'intelligence'],
    ['on-device inference (端侧推理) as reasoning', '也用了英伟达的Jetson Orin做端侧推理。', 'reasoning'],
    ['an acronym (CHIPS) as the lower-case concept chips', 'The CHIPS and Science Act was signed in 2022.', 'chips'],
  ])('does not read %s', (_what, text, canonical) => {
    expect(mentionsOf(text).map((m) => m.canonical)).not.toContain(canonical);
  });

  it('finds an unknown Chinese company from a trade word and a company cue, and again where the text repeats it', () => {
    const ms = findMentions(turnedDocument([['narration', null, '嘉宾为星海智能创始人兼CEO赵明远。'], ['turn', null, '先介绍一下星海智能吧。我们收购了一家公司，叫触感科技。']]), lexicon).mentions;
    expect(ms.filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual(['星海智能', '星海智能', '触感科技']);
    const kinds = findMentions(turnedDocument([['turn', null, '美国科技公司都很强，很多智能公司也在做。']]), lexicon).mentions;
    expect(kinds.filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual([]);
  });

  it('finds a Chinese speaker named in the text even where the tagger cuts the name', () => {
    const speaker = { key: 'zhao', label: '赵明远', aliases: ['赵明远'], role: 'guest' as const };
    const ms = findMentions(turnedDocument([['narration', null, '嘉宾为星海智能创始人兼CEO赵明远。']], [speaker]), lexicon).mentions;
    expect(ms.find((m) => m.surface === '赵明远')?.canonical).toBe('赵明远');
  });

  it('keeps a lower-case technical term only when the document repeats it', () => {
    const once = findMentions(turnedDocument([['turn', null, 'We tried imitation learning first.']]), lexicon).mentions;
    expect(once.map((m) => m.surface)).not.toContain('imitation learning');
    const twice = findMentions(turnedDocument([['turn', null, 'We tried imitation learning first.'], ['turn', null, 'Then imitation learning stopped scaling.']]), lexicon).mentions;
    expect(twice.filter((m) => m.surface === 'imitation learning').map((m) => m.type)).toEqual(['concept', 'concept']);
  });

  it('finds nothing in boilerplate, the same text finds mentions in a turn', () => {
    const text = '与微软CEO深度万字对话：Ilya Sutskever 在NeurIPS 2024的演讲';
    expect(mentionsOf(text, 'boilerplate')).toEqual([]);
    expect(mentionsOf(text, 'turn').length).toBeGreaterThan(0);
    expect(mentionsOf(text, 'narration').length).toBeGreaterThan(0);
  });

  it('gives spans that slice back to the surface, and never overlap', () => {
    const doc = turnedDocument([
      ['narration', null, '在昨天一次采访中, OpenAI首席执行官Sam Altman分享了其最新模型O1的愿景，O3模型在Frontier Math基准测试中表现惊人。'],
      ['turn', 'Sam Altman', 'AI 需要巨大的基础设施支持，包括芯片、电力、庞大的数据中心等。We talked to Dr. Jane Smith at Google DeepMind.'],
    ]);
    const { mentions, turns } = findMentions(doc, lexicon);
    expect(mentions.length).toBeGreaterThan(8);
    for (const m of mentions) {
      const text = turns.find((t) => t.id === m.turn)!.text;
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
    for (const a of mentions) for (const b of mentions) if (a !== b && a.turn === b.turn) expect(a.end <= b.start || b.end <= a.start).toBe(true);
  });

  it('does not mutate its input and gives the same result twice', () => {
    const doc = turnedDocument([['turn', null, 'OpenAI 发布了 o3，陶哲轩评价了 FrontierMath。']]);
    const before = JSON.stringify(doc);
    const a = findMentions(doc, lexicon);
    const b = findMentions(doc, lexicon);
    expect(JSON.stringify(doc)).toBe(before);
    expect(a.mentions).toEqual(b.mentions);
  });
});
