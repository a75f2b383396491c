// Tests for extract/stages/mentions/companyshort.ts, the one short-form rule that latinshort.ts (English words) and
// shortforms.ts (Chinese tagger tokens) share: the same parts stand alone, the same traps are refused in both scripts.
import { describe, expect, it } from 'vitest';
import { shortFormsOf } from '../../extract/stages/mentions/shortforms.ts';
import type { Entity } from '../../extract/types.ts';
import { context, extractText, named } from './extract-text.ts';

const entitiesOf = (text: string): Entity[] => extractText(text, 'short').entities;

describe('a company named in full is named by its short form later', () => {
  it.each([
    ['Veridian after Veridian Systems', 'Host: Welcome to the Veridian Systems call.\n\nGuest: Q3 was good for Veridian. I joined Veridian in June.', 'Veridian Systems', 3],
    ['Acme after Acme AI Labs (both generic words go)', 'Host: We have the Acme AI Labs team here.\n\nGuest: At Acme we ship robots. Acme grew fast.', 'Acme AI Labs', 3],
    ['Quillfeather after Quillfeather Robotics Inc', 'Host: Welcome, folks from Quillfeather Robotics Inc.\n\nGuest: Thanks. Quillfeather builds arms, and Quillfeather sells to grocers.', 'Quillfeather Robotics Inc', 3],
    ['澜舟 after 澜舟科技', '主持人：说说周明。\n\n嘉宾：周明创立了澜舟科技。澜舟现在做得不错，大家都看好澜舟。', '澜舟科技', 3],
    ['百川 after 百川智能 (a lexicon company)', '主持人：你们现在做百川吗？\n\n嘉宾：对，王小川创办了百川智能，我们一直在做百川。', 'Baichuan', 3],
    ['青松 (a common word) after 青松智能, where it acts as a company', '主持人：说说青松智能。\n\n嘉宾：青松智能创始人李立以前在百度。青松的团队很强，我们和青松联合发布了新品，青松也投了我们。', '青松智能', 5],
  ])('%s', (_what, text, label, count) => {
    const company = entitiesOf(text).find((e) => e.label === label);
    expect(company?.type).toBe('organization');
    expect(company?.mentions).toHaveLength(count);
  });
});

describe('a short form that is a common word or a name of a person is not the company', () => {
  it.each([
    ['Morgan, the first name of Morgan Hale', 'Host: Morgan Labs was founded by Morgan Hale.\n\nGuest: Yes, and Morgan told me they doubled volume.', 'Morgan Labs', 'Morgan'],
    ['Hale, the surname of Morgan Hale', 'Host: Hale Robotics hired Morgan Hale.\n\nGuest: Hale said the deal was done, and Hale Robotics agreed.', 'Hale Robotics', 'Hale'],
    ['a word the document writes in lower case', 'Host: Summit Labs is here.\n\nGuest: We met at a summit in Denver. Summit was the host.', 'Summit Labs', 'Summit'],
    ['诸葛, a surname (cues zhSurnames)', '主持人：说说诸葛智能。\n\n嘉宾：诸葛智能创始人张家明是我的朋友。诸葛是个复姓，大家都这么说。', '诸葛智能', '诸葛'],
    ['大众, a common word the tagger tags as one', '主持人：说说汽车。\n\n嘉宾：大众汽车在做智驾，大众的需求很清楚。', '大众汽车', '大众'],
    ['青松, a common word where it acts as none', '主持人：说说青松智能。\n\n嘉宾：青松智能创始人李立说，门口种了一棵青松，青松的叶子很绿。', '青松智能', '青松'],
  ])('%s', (_what, text, full, short) => {
    const entities = entitiesOf(text);
    expect(named(entities, full)?.aliases ?? []).not.toContain(short);
    expect(entities.find((e) => e.label === short && e.type === 'organization')).toBeUndefined();
  });
});

describe('shortFormsOf: which short forms a document’s companies leave', () => {
  const lexicon = context.lexicon;
  it.each([
    ['a name that is itself a short form of a longer one is that company', [['澜舟科技', '澜舟科技'], ['澜舟', '澜舟']], { 澜舟: '澜舟科技', 澜舟科技: '澜舟科技' }],
    ['a short form two companies share is neither', [['星河科技', '星河科技'], ['星河集团', '星河集团']], { 星河科技: '星河科技', 星河集团: '星河集团' }],
    ['a lexicon company with a generic suffix is that company', [['百川智能科技有限公司', 'Baichuan']], { 百川: 'Baichuan' }],
    ['a surname is no short form', [['诸葛智能', '诸葛智能']], { 诸葛智能: '诸葛智能' }],
  ])('%s', (_what, names, expected) => {
    const forms = shortFormsOf(names.map(([surface, canonical]) => ({ surface, canonical })), lexicon);
    expect(Object.fromEntries([...forms].map(([short, form]) => [short, form.canonical]))).toEqual(expected);
  });

  it('does not change the names it is given', () => {
    const names = [{ surface: '澜舟', canonical: '澜舟' }, { surface: '澜舟科技', canonical: '澜舟科技' }];
    const copy = structuredClone(names);
    shortFormsOf(names, lexicon);
    expect(names).toEqual(copy);
  });
});

describe('a company named with its city first (苏州元禾) is named without it, and with a suffix (元禾控股)', () => {
  it('杭州云栖 → 云栖, 云栖资本', () => {
    const text = '主持人：这一轮谁领投？\n\n嘉宾：本轮由杭州云栖领投。云栖一直在看芯片，云栖资本去年也投了地平线。';
    const company = entitiesOf(text).find((e) => e.label === '杭州云栖');
    expect(company?.type).toBe('organization');
    expect(company?.mentions).toHaveLength(3);
  });
});
