// Tests for the institution reading of extract/stages/mentions/zh.ts (cues zhNameBreakEndings) and the staff rules of
// extract/data/relations.json: "赵艳是澜舟研究院的研究员" names the institution 澜舟研究院, not "赵艳是澜舟研究院".
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };

function extract(text: string) {
  const doc = extractDocument({ id: 'inst.zh', path: 'inst.zh.md', text: `主持人：介绍一下你的同事。\n\n王磊：${text}` }, context);
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  return {
    organizations: doc.entities.filter((e) => e.type === 'organization').map((e) => e.label),
    people: doc.entities.filter((e) => e.type === 'person').map((e) => e.label),
    relations: doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`),
  };
}

describe('an institution name starts after a person and the copula', () => {
  it.each([
    ['赵艳是澜舟研究院的研究员。', '澜舟研究院', '赵艳'],
    ['李明在北京智源研究院工作。', '北京智源研究院', '李明'],
    ['孙婷是星河人工智能研究所的工程师。', '星河人工智能研究所', '孙婷'],
  ])('%s', (text, organization, person) => {
    const found = extract(text);
    expect(found.organizations).toEqual([organization]);
    expect(found.people).toContain(person);
    expect(found.relations).toContain(`${person} -WORKS_AT-> ${organization}`);
  });

  it('她是X的研究员: the organization alone, staffed by the person named before', () => {
    const found = extract('我们组里有刘芳。她是上海人工智能实验室的研究员。');
    expect(found.organizations).toEqual(['Shanghai AI Laboratory']); // the lexicon's name for 上海人工智能实验室
    expect(found.relations).toContain('刘芳 -WORKS_AT-> Shanghai AI Laboratory');
  });

  it('a former title or a past 以前是 is no current job', () => {
    const found = extract('陈刚以前是澜舟研究院的工程师。孙强是澜舟研究院的前员工。');
    expect(found.relations.filter((r) => r.includes('-WORKS_AT->'))).toEqual([]);
  });
});

describe("a place's people's government is one name (合肥市人民政府), a bare 人民政府 none", () => {
  it('合肥市人民政府和安徽省人民政府都发了文件；人民政府要为人民服务', () => {
    const doc = extractDocument({ id: 'gov.zh', path: 'gov.zh.md', text: '主持人：说说。\n\n王磊：合肥市人民政府和安徽省人民政府都发了文件。人民政府要为人民服务。' }, context);
    const governments = doc.entities.filter((e) => e.type === 'government').map((e) => e.label).sort();
    expect(governments).toEqual(['合肥市人民政府', '安徽省人民政府']);
  });
});

describe('a title ending in 时报 is a newspaper, whatever the tagger made of its stem', () => {
  it('健康时报 (健康/a), 环球时报 (one word), 中国青年时报 (three words)', () => {
    const found = extract('我在健康时报看到过，环球时报和中国青年时报也报道了。');
    // 环球时报 is in the lexicon (Global Times); the other two are found by their institution word.
    expect([...found.organizations].sort()).toEqual(['Global Times', '中国青年时报', '健康时报']);
  });

  it('a verb or a measure before 时报 names no newspaper: 我看时报，这份时报', () => {
    expect(extract('我每天看时报，这份时报不错。').organizations).toEqual([]);
  });
});

describe('two name characters right before 医联体 name a hospital alliance', () => {
  it('华西医联体 (华/ns 西医/nr 联体), 湘雅医联体', () => {
    expect([...extract('我们牵头成立了华西医联体，后来又加入了湘雅医联体。').organizations].sort()).toEqual(['华西医联体', '湘雅医联体']);
  });

  it('a kind before it names none: 城市医联体, 县域医联体, 这个医联体', () => {
    expect(extract('城市医联体和县域医联体都在推，这个医联体也不错。').organizations).toEqual([]);
  });
});
