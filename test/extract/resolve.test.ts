// Tests for extract/stages/resolve.ts: one entity per thing across languages and spellings, speakers under their keys.
import { describe, expect, it } from 'vitest';
import type { TurnKind } from '../../src/model.ts';
import { loadLexicon } from '../../extract/lexicon.ts';
import { findMentions } from '../../extract/stages/mentions.ts';
import { resolveEntities } from '../../extract/stages/resolve.ts';
import { companyShortForms } from '../../extract/stages/mentions/companyshort.ts';
import type { Speaker } from '../../extract/types.ts';
import { turnedDocument } from './doc.ts';

const lexicon = loadLexicon();
const altman: Speaker = { key: 'sam-altman', label: 'Sam Altman', aliases: ['Sam Altman'], role: 'guest' };
const koide: Speaker = { key: 'melissa-koide', label: 'Melissa Koide', aliases: ['主持人Melissa Koide', '主持人'], role: 'host' };

function resolve(turns: Array<[TurnKind, string | null, string]>, speakers: Speaker[] = []) {
  return resolveEntities(findMentions(turnedDocument(turns, speakers), lexicon), lexicon);
}

describe('resolveEntities', () => {
  it.each([
    ['Chinese and English names of a person', ['陶哲轩评价了这些题目。', 'Terence Tao said the problems are hard.'], 'Terence Tao', 'person'],
    ['case and 模型 suffix of a model', ['O3模型很强。', '在 OpenAI 发布 o3 之前。', '我们还谈到了 O3 模型。'], 'o3', 'model'],
    ['spacing of a benchmark', ['O3在Frontier Math基准测试中表现惊人。', 'FrontierMath is hard.'], 'FrontierMath', 'benchmark'],
    ['spacing of an agency', ['与 AI 安全研究所的合作。', 'AI安全研究所发布了报告。'], 'AI Safety Institute', 'government'],
    ['hyphenation of a model', ['GPT-4 was good.', 'GPT4 was better than GPT 4 turbo.'], 'GPT-4', 'model'],
    ['a department and its short name', ['What about export rules from Commerce?', 'The Department of Commerce has been clear.'], 'Department of Commerce', 'government'],
    ['an acronym and the long form the text defines', ['We are in the noisy intermediate-scale quantum (NISQ) era.', 'NISQ devices are noisy.'], 'noisy intermediate-scale quantum', 'concept'],
    ['an unknown group and its defined acronym', ['The Widget Research Group (WRG) met.', 'Later WRG said no.'], 'Widget Research Group', 'organization'],
  ])('merges %s into one entity', (_what, texts, label, type) => {
    const doc = resolve((texts as string[]).map((t) => ['turn', null, t] as [TurnKind, null, string]));
    const matching = doc.entities.filter((e) => e.label === label);
    expect(matching, JSON.stringify(doc.entities.map((e) => e.label))).toHaveLength(1);
    expect(matching[0].type).toBe(type);
    expect(matching[0].mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('links 王总 and 刘老师 to the one speaker of each surname, and not when two share it', () => {
    const guest = (key: string, label: string): Speaker => ({ key, label, aliases: [label], role: 'guest' });
    const doc = resolve(
      [
        ['turn', 'host', '王总，智元最近完成了新一轮融资。刘老师，学界关心什么？'],
        ['turn', 'wang', '可以说一些。'],
      ],
      [guest('wang', '王哲'), guest('liu', '刘颖')],
    );
    expect(doc.mentions.filter((m) => m.surface === '王总' || m.surface === '刘老师').map((m) => [m.surface, m.entity])).toEqual([['王总', 'wang'], ['刘老师', 'liu']]);
    const two = resolve([['turn', 'host', '王总，你怎么看？']], [guest('wang', '王哲'), guest('wang2', '王芳')]);
    expect(two.mentions.find((m) => m.surface === '王总')?.entity).not.toMatch(/^wang/);
  });

  it.each([
    ['a lexicon company and its short form (百川智能 = Baichuan)', ['阿里巴巴和腾讯都投资了百川智能。', '百川和阿里巴巴、腾讯的关系是什么？'], 'Baichuan', ['百川', '百川智能']],
    ['a discovered company and its short form', ['我在华川集团工作了十年。', '华川和腾讯都很强。'], '华川集团', ['华川', '华川集团']],
  ])('joins a company short form to the full name: %s', (_what, texts, label, surfaces) => {
    const doc = resolve(texts.map((t) => ['turn', null, t] as [TurnKind, null, string]));
    const entity = doc.entities.find((e) => e.label === label);
    expect(entity?.type).toBe('organization');
    expect(doc.mentions.filter((m) => m.entity === entity?.key).map((m) => m.surface).sort()).toEqual(surfaces);
    expect(doc.entities.filter((e) => e.label === surfaces[0])).toEqual([]);
  });

  it('leaves a short form alone when two companies of the document shorten to it', () => {
    const doc = resolve([['turn', null, '我在百川集团工作过，也投资了百川智能。'], ['turn', null, '百川和腾讯都很强。']]);
    expect(doc.entities.map((e) => e.label)).toEqual(expect.arrayContaining(['百川', '百川集团', 'Baichuan']));
  });

  it.each([
    ['百川智能科技有限公司', ['百川智能', '百川']],
    ['Acme Labs', ['Acme']],
    ['Acme, Inc.', ['Acme']],
    ['OpenAI', []],
    ['智能', []],
  ])('companyShortForms(%s)', (name, expected) => {
    expect(companyShortForms(name, loadLexicon().cues.companySuffixes.words)).toEqual(expected);
  });

  it('links "Sam" and "Altman" to the speaker Sam Altman, under the speaker key', () => {
    const doc = resolve(
      [
        ['narration', null, '在昨天一次采访中, OpenAI首席执行官Sam Altman分享了其最新模型。谈到O1模型，Altman表示这是一个项目。'],
        ['turn', 'melissa-koide', 'Sam，欢迎来到 Kennedy Center。'],
        ['turn', 'sam-altman', '谢谢你们邀请我。'],
      ],
      [koide, altman],
    );
    const sam = doc.entities.filter((e) => e.key === 'sam-altman');
    expect(sam).toHaveLength(1);
    expect(sam[0].speaker).toBe(true);
    expect(sam[0].type).toBe('person');
    expect(sam[0].aliases).toEqual(expect.arrayContaining(['Altman', 'Sam']));
    expect(doc.entities.filter((e) => /altman|^sam$/i.test(e.label) && e.key !== 'sam-altman')).toEqual([]);
    expect(doc.entities.find((e) => e.key === 'melissa-koide')?.speaker).toBe(true);
  });

  it.each([
    ['Chris', 'Cristóbal Valenzuela'],
    ['Alex', 'Alexandre Défossez'],
  ])('links the short form "%s" to the speaker %s', (short, full) => {
    const speaker: Speaker = { key: 'guest', label: full, aliases: [full], role: 'guest' };
    const doc = resolve([['turn', 'host', `Welcome to the show, ${short}. Great to have you, ${short}.`]], [speaker]);
    expect(doc.entities.filter((e) => e.label === short)).toEqual([]);
    expect(doc.entities.find((e) => e.key === 'guest')?.aliases).toContain(short);
  });

  it('links a surname to the one full name it is part of, and not when two people share it', () => {
    const one = resolve([['turn', null, 'We invited Oren Kass to speak. Later, Kass argued the opposite.']]);
    expect(one.entities.filter((e) => /Kass/.test(e.label)).map((e) => e.label)).toEqual(['Oren Kass']);
    const two = resolve([['turn', null, 'Both Mary Jones and Peter Jones came. Jones said it was fine. Later Jones left.']]);
    expect(two.entities.map((e) => e.label)).toEqual(expect.arrayContaining(['Mary Jones', 'Peter Jones']));
    expect(two.entities.find((e) => e.label === 'Mary Jones')!.aliases).not.toContain('Jones');
  });

  it('gives every mention an entity, with spans that slice to the surface', () => {
    const doc = resolve([['turn', null, '陶哲轩和 Terence Tao 是同一个人；OpenAI 发布了 o1。']]);
    const keys = new Set(doc.entities.map((e) => e.key));
    for (const m of doc.mentions) {
      expect(keys).toContain(m.entity);
      expect(doc.turns[0].text.slice(m.start, m.end)).toBe(m.surface);
    }
    const total = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(total).toBe(doc.mentions.length);
  });

  it('is deterministic and does not mutate its input', () => {
    const mentioned = findMentions(turnedDocument([['turn', null, 'OpenAI 发布了 o3，陶哲轩评价了 FrontierMath，Altman 很高兴。']], [altman]), lexicon);
    const before = JSON.stringify(mentioned);
    const a = resolveEntities(mentioned, lexicon);
    const b = resolveEntities(mentioned, lexicon);
    expect(JSON.stringify(mentioned)).toBe(before);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
