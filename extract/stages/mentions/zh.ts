// Open discovery in Chinese text: names the tagger marks (nr/ns/nt/nz) kept only when a cue or a rule
// vouches for them (数学家X, X政府, X研究所, 《X》, surname + given name, transliterated foreign names).
import { alternation, allMatches } from '../../regex.ts';
import type { Cues, CueRule } from './cues.ts';
import type { Candidate } from './candidate.ts';
import { tagText, type Token } from './jieba.ts';
import { appendAll, firstIndex } from '../../arrays.ts';

/** Institution words (医院, 出版社) that name an organization with the name before them (cues zhInstitutions), as a suffix rule. */
const institutionRules = new WeakMap<Cues, CueRule>();
function institutionRule(cues: Cues): CueRule {
  let rule = institutionRules.get(cues);
  if (!rule) institutionRules.set(cues, (rule = { id: 'zh-institution-word', type: 'organization', include: true, words: cues.zhInstitutions.words, reason: cues.zhInstitutions.reason }));
  return rule;
}

/** Words that end a financial firm's name (光大证券, 泰康保险, 中信期货) and, as a word of their own, nothing else. */
export const FINANCIAL_FIRM_WORDS = new Set(['证券', '期货', '信托', '保险']);

const HAN_ONLY = /^\p{Script=Han}+$/u;
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
const NAMEABLE_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'j', 'x']);
const NAME_DOTS = new Set(['·', '・', '•']);
/** Tokens a transliterated name may run over when jieba splits it (弗劳恩/nr 霍夫/x). */
const TRANSLIT_JOIN_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'x']);
/** First characters of determiners and quantities, which do not name a topic (一个框架, 这个框架). */
const DETERMINER_CHARS = new Set([...'一这那每所各某其该此本两几整']);
const CONCEPT_MODIFIER_TAGS = new Set(['n', 'vn', 'm', 'nz', 'b', 'l', 'v']);

interface CueIndex {
  stop: Set<string>;
  surnames: Set<string>;
  /** Titles a person is addressed by after the surname (王总, 刘老师). */
  honorifics: Set<string>;
  translit: Set<string>;
  conceptHeads: Set<string>;
  nonNameEndings: Set<string>;
  /** Trade and institution words an organization's name ends in (汽车, 科技, 银行), for the tagger's nt names. */
  orgEndings: string[];
}

const indexes = new WeakMap<Cues, CueIndex>();
function index(cues: Cues): CueIndex {
  let ix = indexes.get(cues);
  if (!ix) {
    ix = {
      stop: new Set(cues.zhNameStoplist.words),
      surnames: new Set(cues.zhSurnames.words),
      honorifics: new Set(cues.zhHonorifics.words),
      translit: new Set(cues.transliterationChars.words),
      conceptHeads: new Set(cues.zhConceptHeads.words),
      nonNameEndings: new Set(cues.zhNonNameEndings.words),
      orgEndings: [...cues.zhCompanyWords.words, '公司', '集团', '银行', '大学', '研究院', '研究所', '实验室', '基金', ...FINANCIAL_FIRM_WORDS],
    };
    indexes.set(cues, ix);
  }
  return ix;
}

interface CueWordIndex {
  /** Cue words by their last character (prefix cues) or first character (suffix cues), longest first. */
  byChar: Map<string, Array<{ word: string; rule: CueRule }>>;
}
const cueIndexes = new WeakMap<CueRule[], CueWordIndex>();
function cueIndex(rules: CueRule[], key: 'first' | 'last'): CueWordIndex {
  let ix = cueIndexes.get(rules);
  if (!ix) {
    const byChar = new Map<string, Array<{ word: string; rule: CueRule }>>();
    for (const rule of rules) {
      for (const word of rule.words) {
        const ch = key === 'first' ? word[0] : word[word.length - 1];
        byChar.set(ch, [...(byChar.get(ch) ?? []), { word, rule }]);
      }
    }
    for (const list of byChar.values()) list.sort((a, b) => b.word.length - a.word.length);
    ix = { byChar };
    cueIndexes.set(rules, ix);
  }
  return ix;
}

/** The prefix rule whose cue word the text ends with right before `at` (spaces skipped). */
export function prefixCue(text: string, at: number, rules: CueRule[]): CueRule | null {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  const list = cueIndex(rules, 'last').byChar.get(text[end - 1]);
  if (!list) return null;
  for (const { word, rule } of list) if (text.startsWith(word, end - word.length)) return rule;
  return null;
}

/** The suffix rule and the matched cue word right after `at` (one space allowed), longest cue first. */
export function suffixCue(text: string, at: number, rules: CueRule[]): { rule: CueRule; end: number } | null {
  const from = at + (text[at] === ' ' ? 1 : 0);
  const list = cueIndex(rules, 'first').byChar.get(text[from]);
  if (!list) return null;
  for (const { word, rule } of list) {
    if (!text.startsWith(word, from)) continue;
    // A Latin cue is a whole word: "robot" is no cue in "the Zoox robotaxi".
    if (LATIN_LETTER.test(word[word.length - 1]) && LATIN_LETTER.test(text[from + word.length] ?? '')) continue;
    return { rule, end: from + word.length };
  }
  return null;
}
const LATIN_LETTER = /[A-Za-z]/;

export function discoverChinese(text: string, tokens: Token[], cues: Cues): Candidate[] {
  const ix = index(cues);
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const at = k;
    // 闫/nr 俊杰/nr: a one-character surname the tagger cut from a given name it also tags as a name is one full name.
    const given = tokens[k + 1];
    // 黄/a 乐平/nr, 包/v 海涛/nr: a surname the tagger read as a common word (yellow, to wrap) before a two-character
    // given name is one too; 阳/nr 建华/nz: so is a surname it tags as a name before a two-character proper noun.
    const surnameTag = t.tag === 'nr' || (SURNAME_WORD_TAGS.has(t.tag) && given?.word.length === 2);
    // 鄂/nr 维南/ns 院士: so is a surname it tags as a name before a two-character word and a person's title (院士, 教授).
    const titled = t.tag === 'nr' && given?.word.length === 2 && PROPER_TAGS.has(given.tag) && suffixCue(text, given.end, cues.suffix)?.rule.type === 'person';
    const givenTag = given?.tag === 'nr' || (t.tag === 'nr' && given?.tag === 'nz' && given.word.length === 2) || titled;
    if (t.word.length === 1 && surnameTag && ix.surnames.has(t.word) && given && given.start === t.end && givenTag && given.word.length <= 2 && HAN_ONLY.test(given.word) && !ix.stop.has(t.word + given.word)) {
      k++;
      out.push({ start: t.start, end: given.end, type: 'person', canonical: null, source: 'discovery', reason: `a surname and a given name the tagger cut apart, both tagged as names (${t.word}${given.word})`, priority: 1 });
      continue;
    }
    // 由郎/x 咸朋/x 负责: the tagger glued a preposition to the surname after it; the surname and the unknown word after
    // it, before a verb or the clause's end, are one full name (郎咸朋).
    if (t.tag === 'x' && t.word.length === 2 && GLUED_PREPOSITIONS.has(t.word[0]) && ix.surnames.has(t.word[1]) && given && given.start === t.end && (given.tag === 'x' || NAME_TAGS.has(given.tag)) && given.word.length <= 2 && HAN_ONLY.test(given.word) && !ix.stop.has(t.word[1] + given.word)) {
      const after = tokens[k + 2];
      if (!after || after.start !== given.end || after.tag.startsWith('v') || AFTER_NAME.has(after.word[0])) {
        k++;
        out.push({ start: t.start + 1, end: given.end, type: 'person', canonical: null, source: 'discovery', reason: `a preposition glued to the surname after it (${t.word}/${given.word}): ${t.word[1]}${given.word} is the name`, priority: 1 });
        continue;
      }
    }
    // 海洋/ns 联盟/j, 双子星/nr 联盟/j: a name right before 联盟 names an alliance; 联盟 alone (联盟内部) is the word.
    if (ALLIANCE_HEADS.has(t.word)) {
      const name = tokens[k - 1];
      if (name && name.end === t.start && (STEM_PROPER_TAGS.has(name.tag) || name.tag === 'x') && HAN_ONLY.test(name.word) && name.word.length >= 2 && name.word.length <= 4 && !ix.stop.has(name.word)) {
        out.push({ start: name.start, end: t.end, type: 'organization', canonical: null, source: 'discovery', reason: 'a name right before 联盟 names an alliance (海洋联盟, 星空联盟)', priority: 1 });
      }
      continue;
    }
    // 由/p 市/x 国资委/nt: the level of a body the tagger cut off (jieba.ts LEVEL_CHARS) and the body's word after it.
    if (LEVELS.has(t.word) && given && given.start === t.end) {
      const body = suffixCue(text, t.end, cues.suffix);
      if (body?.rule.include && body.rule.type === 'government' && body.end === given.end) {
        out.push({ start: t.start, end: body.end, type: 'government', canonical: null, source: 'discovery', reason: body.rule.reason, priority: 1 });
        continue;
      }
    }
    if (!NAMEABLE_TAGS.has(t.tag) || !HAN_ONLY.test(t.word) || t.word.length < 2 || ix.stop.has(t.word)) continue;
    // jieba's HMM marks unknown words x: only short ones can be names.
    if (t.tag === 'x' && t.word.length > 4) continue;
    let end = t.end;
    let word = t.word;
    const translit = [...word].every((c) => ix.translit.has(c));
    // 巴西/ns 萨尔瓦多/nrt: a place word opens no foreign name; the name after it is a city there (afterCountry below).
    if (translit && t.tag !== 'ns') {
      // 波兰/ns 华沙/ns: two place words side by side are a country and its city, not one foreign name.
      const joinable = (j: number) => j < tokens.length && tokens[j].start === tokens[j - 1].end && TRANSLIT_JOIN_TAGS.has(tokens[j].tag) && HAN_ONLY.test(tokens[j].word) && [...tokens[j].word].every((c) => ix.translit.has(c)) && !(tokens[j].tag === 'ns' && tokens[j - 1].tag === 'ns');
      for (;;) {
        if (joinable(k + 1)) k++;
        // 克里斯·米勒: the middle dot of a transliterated full name joins its parts.
        else if (k + 2 < tokens.length && NAME_DOTS.has(tokens[k + 1].word) && tokens[k + 1].start === end && joinable(k + 2)) k += 2;
        else break;
        word = text.slice(t.start, tokens[k].end);
        end = tokens[k].end;
      }
    }
    const next = tokens[k + 1];
    // 欧阳/ns 明日/t 博士, 司马/nr 青/ns 教授: a compound surname the tagger cut from its given name (one or two
    // characters) right before a person's title is a full name, whatever the tags.
    if (word.length === 2 && ix.surnames.has(word) && next && next.start === end && next.word.length <= 2 && HAN_ONLY.test(next.word) && !AFTER_NAME.has(next.word[0])) {
      const title = suffixCue(text, next.end, cues.suffix);
      if (title?.rule.type === 'person') {
        k++;
        out.push({ start: t.start, end: next.end, type: 'person', canonical: null, source: 'discovery', reason: `a compound surname and a given name before a title (${word}${next.word}): ${title.rule.reason}`, priority: 1 });
        continue;
      }
    }
    // jieba may cut a name before a title (欧阳明/nr 高/a 院士, 盛来/x 运/n 先生): a lone character between them belongs to the name.
    if ((NAME_TAGS.has(t.tag) || t.tag === 'x') && next && next.start === end && next.word.length === 1 && HAN_ONLY.test(next.word) && !AFTER_NAME.has(next.word)) {
      const compound = ix.surnames.has(word.slice(0, 2));
      const shaped = compound ? word.length === 3 : ix.surnames.has(word[0]) && word.length === 2;
      if (shaped && suffixCue(text, next.end, cues.suffix)?.rule.type === 'person' && !suffixCue(text, end, cues.suffix)) {
        k++;
        end = next.end;
        word += next.word;
      }
    }
    const inner = innerSuffix(word, cues);
    if (inner) {
      // 合肥市/ns 人民政府/nt: the place right before a body's generic name is part of it (合肥市人民政府); so is 中国 right
      // before a university or academy the tagger knows without it (中国/ns 海洋大学/nt: 中国海洋大学, 中国矿业大学).
      const national = inner.type === 'organization' && k > 0 && tokens[k - 1].word === '中国' && tokens[k - 1].end === t.start;
      const place = (k > 0 && tokens[k - 1].tag === 'ns' && tokens[k - 1].end === t.start && HAN_ONLY.test(tokens[k - 1].word) && !ix.stop.has(tokens[k - 1].word) && GENERIC_BODIES.has(word)) || national;
      if (!place && GENERIC_BODIES.has(word)) continue;
      // 苏州工业园区/ns 管委会: a zone and a government body's word right after it name that zone's body, one name.
      const body = inner.type === 'place' ? suffixCue(text, end, cues.suffix) : null;
      if (body?.rule.include && body.rule.type === 'government') {
        out.push({ start: t.start, end: body.end, type: 'government', canonical: null, source: 'discovery', reason: body.rule.reason, priority: 1 });
        continue;
      }
      out.push({ start: place ? tokens[k - 1].start : t.start, end, type: inner.type, canonical: null, source: 'discovery', reason: national ? `中国 and ${word} are one name (中国海洋大学, 中国矿业大学)` : place ? `a place and ${word} name that place's body` : inner.reason, priority: 1 });
      continue;
    }
    const suffix = suffixCue(text, end, cues.suffix);
    const prefix = prefixCue(text, t.start, cues.prefix);
    // 在德累斯顿, 在马格德堡: a place word or a transliterated name right after a locative is a place; so is one right
    // after a locative and its country (在西班牙萨拉戈萨, 在葡萄牙锡尼什).
    const before = k > 0 ? tokens[k - 1].word : '';
    // 德国杜伊斯堡, 法国里昂: a transliterated name written right after a country (a place word) is a city there, where
    // the clause lists or ends after it (德国默克尔说过 is a person: a verb follows).
    const afterCountry = k > 0 && tokens[k - 1].tag === 'ns' && tokens[k - 1].end === t.start && tokens[k - 1].word.length >= 2 && HAN_ONLY.test(tokens[k - 1].word);
    const listedOrEnds = end === text.length || '和、，,。；;的及与或）)！？!?'.includes(text[end]);
    const locatedCountry = k > 1 && tokens[k - 1].tag === 'ns' && tokens[k - 1].end === t.start && LOCATIVES.has(tokens[k - 2].word);
    const country = locatedCountry || (afterCountry && listedOrEnds) ? tokens[k - 1].word : '';
    // (After a country only a transliterated name: 在比利时长大/ns is no place 长大.)
    if (!suffix && ((LOCATIVES.has(before) && t.tag === 'ns') || ((LOCATIVES.has(before) || country) && translit && word.length >= 3))) {
      out.push({ start: t.start, end, type: 'place', canonical: null, source: 'discovery', reason: locatedCountry ? `a place name after a locative and ${country}` : country ? `a transliterated name listed right after the country ${country}` : `a place name after the locative ${before}`, priority: 1 });
      continue;
    }
    if (suffix?.rule.include) {
      out.push({ start: t.start + formerGlued(t), end: suffix.end, type: suffix.rule.type, canonical: null, source: 'discovery', reason: suffix.rule.reason, priority: 1 });
      continue;
    }
    const nameLike = NAME_TAGS.has(t.tag) || t.tag === 'x' || translit;
    // "7纳米芯片", "3万元": a word counted by the numeral before it is a unit, whatever cue follows it.
    // 工业质检数据集, 质检基准: an abbreviation (质检/j) before a benchmark or dataset word names a domain, not a dataset.
    const domain = t.tag === 'j' && !prefix && suffix?.rule.type === 'benchmark';
    const cue = afterNumeral(tokens, at) || domain ? null : (prefix ?? suffix?.rule ?? null);
    const chars0 = [...word];
    const personShaped = ix.surnames.has(chars0[0]) || ix.surnames.has(chars0.slice(0, 2).join('')) || (translit && chars0.length >= 3);
    // 金征宇团队, 陈天桥团队: a full name (surname and a two-character given name) before 团队/课题组 is a person's team.
    const fullName = ix.surnames.has(chars0.slice(0, 2).join('')) ? chars0.length === 3 || chars0.length === 4 : ix.surnames.has(chars0[0]) && chars0.length === 3;
    if (!prefix && cue?.type === 'organization' && fullName && (NAME_TAGS.has(t.tag) || t.tag === 'x') && TEAM_WORDS.some((w) => text.startsWith(w, end))) {
      out.push({ start: t.start, end, type: 'person', canonical: null, source: 'discovery', reason: 'a full name before 团队/课题组 is the person whose team it is (金征宇团队)', priority: 1 });
      continue;
    }
    // jieba's x is any unknown word: a cue alone does not make it a name, the name must also look like one.
    // An unknown word (x) after a kind of company (合资公司集度) is that company, person-shaped or not.
    const companyAfterKind = cue === prefix && prefix?.type === 'organization' && prefix.id.startsWith('zh-') && chars0.length <= 4 && !'叫是为名在和'.includes(chars0[0]);
    if (cue && (t.tag === 'x' ? (personShaped && chars0.length <= 4) || companyAfterKind : nameLike || t.tag === 'nz' || t.tag === 'nt' || t.tag === 'j')) {
      // 创始人季琦对/x 我: the tagger's guess swallowed the word after a two-character name (对, 说, 是).
      if (cue.type === 'person' && t.tag === 'x' && chars0.length === 3 && VERB_AFTER_NAME.has(chars0[2]) && !ix.surnames.has(chars0.slice(0, 2).join(''))) end -= 1;
      out.push({ start: t.start, end, type: cue.type, canonical: null, source: 'discovery', reason: cue.reason, priority: 1 });
      continue;
    }
    // 长安汽车/nt: the tagger knows an organization whose name ends in a trade or institution word.
    if (t.tag === 'nt' && word.length >= 3 && ix.orgEndings.some((w) => word.length > w.length && word.endsWith(w))) {
      out.push({ start: t.start, end, type: 'organization', canonical: null, source: 'discovery', reason: 'a name the tagger knows as an organization (nt) that ends in a trade or institution word (长安汽车)', priority: 1 });
      continue;
    }
    if (!nameLike) continue;
    // 高新区/nr, 开发区: a word that is itself a cue word (the head of a place, event or body's name) names no one.
    if (suffixCue(word, 0, cues.suffix)?.end === word.length) continue;
    const chars = [...word];
    if (ix.nonNameEndings.has(chars[chars.length - 1])) continue;
    if (afterNumeral(tokens, at)) continue; // "20 万字", "3 万元": 万 is a number here, not a surname
    // 雷达/nr, 毛利/nr, 高阶/nr: a two-character word the tagger's dictionary lists as a name is mostly a common word
    // (a person no dictionary knows is its guess, x); with no cue, its surname does not make it a person.
    const dictionaryWord = chars.length === 2 && NAME_TAGS.has(t.tag);
    // 大刘是/x, 老王说/x, 单台/x: a surname and the verb or measure word after it is no two-character name.
    if (chars.length === 2 && t.tag === 'x' && (VERB_AFTER_NAME.has(chars[1]) || MEASURE_WORDS.has(chars[1]))) continue;
    // 国轩/x 高科/x: an unknown two-character word glued to an unknown name before it is that name's tail, not a person.
    const prev = k > 0 ? tokens[k - 1] : undefined;
    if (chars.length === 2 && t.tag === 'x' && prev && prev.end === t.start && (prev.tag === 'x' || prev.tag === 'nz') && prev.word.length >= 2 && HAN_ONLY.test(prev.word)) continue;
    // 做高精/x 地图/n: an unknown two-character word glued to a common noun after it is that noun's modifier (a term
    // the tagger does not know), no person; a name before a title was read above, with its cue, and one before 团队 or
    // a noun for a person (王毅/x 外长/n, 老师, 律师, 主任) stays a name.
    if (chars.length === 2 && t.tag === 'x' && next && next.start === end && next.tag === 'n' && next.word.length >= 2 && HAN_ONLY.test(next.word) && !TEAM_WORDS.includes(next.word) && !PERSON_NOUN_ENDS.has(next.word[next.word.length - 1])) continue;
    // 凌芯01, 玄武2: a name followed by a model number is a product's, not a person's (李华2019年 is a date).
    if (MODEL_NUMBER_AFTER.test(text.slice(end, end + 5))) continue;
    // 上官婉儿/nr: a compound surname leaves room for a two-character given name (a word the tagger knows as a name).
    const compoundSurname = ix.surnames.has(chars.slice(0, 2).join(''));
    // 马诺诺项目, 阿卡迪亚锂矿, 苏伊士运河: a transliterated name right before a site's word names that site.
    if (translit && chars.length >= 3 && SITE_AFTER.test(text.slice(end, end + 5))) {
      out.push({ start: t.start, end, type: 'place', canonical: null, source: 'discovery', reason: SITE_REASON, priority: 0 });
      continue;
    }
    // 谢谢您/nr: a pronoun is no part of a given name.
    if (chars.some((c) => PRONOUN_CHARS.has(c))) continue;
    if ((chars.length <= 3 || (chars.length === 4 && compoundSurname && NAME_TAGS.has(t.tag))) && !dictionaryWord && (ix.surnames.has(chars[0]) || compoundSurname)) {
      // 李华是/x, 张伟说/x: jieba's guess at an unknown name may swallow the verb after a two-character name.
      if (chars.length === 3 && t.tag === 'x' && VERB_AFTER_NAME.has(chars[2]) && !ix.surnames.has(chars.slice(0, 2).join(''))) end -= 1;
      // 冯总好/x, 王导好/x: a surname and the title one addresses a person by, then the greeting 好: the address is 冯总.
      else if (chars.length === 3 && t.tag === 'x' && chars[2] === '好' && ix.honorifics.has(chars[1])) end -= 1;
      out.push({ start: t.start, end, type: 'person', canonical: null, source: 'discovery', reason: `${cues.zhSurnames.reason} (${word})`, priority: 0 });
    } else if (chars.length >= 3 && translit) {
      out.push({ start: t.start, end, type: 'person', canonical: null, source: 'discovery', reason: cues.transliterationChars.reason, priority: 0 });
    }
  }
  for (const found of [discoverDottedNames(text, cues, ix), discoverDottedTaggedNames(tokens, ix), discoverWorks(text), discoverCalledQuoted(text), discoverCalledQuotedKind(text), discoverMadeQuoted(text), discoverQuotedEvents(text, cues), discoverConcepts(tokens, ix), discoverTitledNames(text, tokens, cues, ix), discoverInstitutions(tokens, cues), discoverNewspapers(tokens), discoverAlliances(text, tokens), discoverEmployers(text, tokens, cues, ix), discoverFounderNames(text, tokens, ix)]) appendAll(out, found);
  return out.filter((c) => !(c.type === 'organization' && isGenericKind(text.slice(c.start, c.end))));
}

/** Words that say what kind an organization is, not which (上市公司, 中资银行, 地方政府基金, 国有企业, 农民专业合作社, 国际酒店集团, 国资母基金, 康复医院). */
const KIND_QUALIFIERS = ['上市', '商业', '中资', '外资', '合资', '国有', '民营', '私营', '地方', '政府', '地方政府', '股份制', '城市', '农村', '政策性', '大型', '中小', '头部', '公立', '私立', '引导', '产业', '投资', '创业', '科技', '互联网', '金融', '农民', '专业', '农业', '村级', '国际', '酒店', '国资', '母', '市场化', '新募', '人民币', '美元', '康复', '专科', '综合', '社区', '民办', '公办'];
/** The heads such a kind ends in. */
const KIND_HEADS = new Set(['公司', '企业', '银行', '基金', '集团', '机构', '医院', '学校', '合作社']);
const QUALIFIER_SET = new Set(KIND_QUALIFIERS);

/** Whether a name is only kind words and a head (上市公司, 地方政府基金): a kind, no name. */
export function isGenericKind(name: string): boolean {
  for (const head of KIND_HEADS) {
    if (!name.endsWith(head) || name.length === head.length) continue;
    const stem = name.slice(0, name.length - head.length);
    // The stem splits into qualifier words (a few characters: a small table, no scan).
    const ok = new Array<boolean>(stem.length + 1).fill(false);
    ok[0] = true;
    for (let i = 1; i <= stem.length; i++) for (let j = Math.max(0, i - 4); j < i && !ok[i]; j++) ok[i] = ok[j] && QUALIFIER_SET.has(stem.slice(j, i));
    if (ok[stem.length]) return true;
  }
  return false;
}

/**
 * "悉达多·穆克吉", "约翰·罗纳德·托尔金": transliteration characters on both sides of a middle dot are one foreign full
 * name, however the tagger cut it (悉/ns 达/v 多/m · 穆克/nz 吉/nr). A bounded walk from each dot.
 */
function discoverDottedNames(text: string, cues: Cues, ix: CueIndex): Candidate[] {
  const out: Candidate[] = [];
  const part = (from: number, step: 1 | -1): number => {
    let at = from;
    while (Math.abs(at - from) < 6 && ix.translit.has(text[step === 1 ? at : at - 1] ?? '')) at += step;
    return at;
  };
  let end = 0;
  for (let dot = 0; dot < text.length; dot++) {
    if (!NAME_DOTS.has(text[dot]) || dot < end) continue;
    const start = part(dot, -1);
    if (dot - start < 2) continue;
    let stop = dot;
    for (let next = dot; NAME_DOTS.has(text[next] ?? ''); ) {
      const after = part(next + 1, 1);
      if (after - (next + 1) < 2) break;
      stop = after;
      next = after;
    }
    if (stop === dot) continue;
    end = stop;
    out.push({ start, end: stop, type: 'person', canonical: null, source: 'discovery', reason: `${cues.transliterationChars.reason}; a middle dot joins a foreign full name`, priority: 1 });
  }
  return out;
}

const DOT_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);
const DOT_PART = /^\p{Script=Han}{2,4}$/u;

/**
 * "约翰·江珀" (约翰/nrt · 江珀/x), "大卫·贝克" (大卫/n · 贝克/nr): a part the tagger reads as a name and writes wholly in
 * transliteration characters, a middle dot, and another word of two to four Han characters are one foreign full name,
 * though the other part holds characters no transliteration list has (江, 卫). Two places (中国·上海) or a model's name
 * (书生·浦语: no part a transliterated name) are not.
 */
function discoverDottedTaggedNames(tokens: Token[], ix: CueIndex): Candidate[] {
  const out: Candidate[] = [];
  const named = (t: Token) => DOT_NAME_TAGS.has(t.tag) && [...t.word].every((c) => ix.translit.has(c));
  for (let k = 1; k + 1 < tokens.length; k++) {
    const [before, dot, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
    if (!NAME_DOTS.has(dot.word) || before.end !== dot.start || dot.end !== after.start) continue;
    if (!DOT_PART.test(before.word) || !DOT_PART.test(after.word) || !(named(before) || named(after))) continue;
    out.push({ start: before.start, end: after.end, type: 'person', canonical: null, source: 'discovery', reason: 'a transliterated name tagged as one, a middle dot and a word after or before it are one foreign full name (约翰·江珀, 大卫·贝克)', priority: 1 });
  }
  return out;
}

/** The token before tokens[k], spaces skipped, is a numeral (20, 三): then tokens[k] counts something. */
function afterNumeral(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j].word.trim() === '') j--;
  return j >= 0 && (tokens[j].tag === 'm' || /^[\d.,]+$/.test(tokens[j].word));
}

/** Names of a kind of body that every place has (人民政府, 人民法院): a name only with the place written before them. */
const GENERIC_BODIES = new Set(['人民政府', '人民法院', '人民检察院', '人民代表大会', '人民医院', '人民银行', '中心医院']);

/** A model number right after a name (凌芯01, 玄武2): digits that are no date, age or count. */
const MODEL_NUMBER_AFTER = /^\d{1,3}(?![\d.年月日号岁届期级个位名次])/;

/** Measure words: after 单 (single), 每 or a surname-like character they count something (单台, 单件), no given name. */
const MEASURE_WORDS = new Set([...'台个位次件辆张条只项款批套']);

/** Words after a person's name that make their group (金征宇团队), not a company. */
const TEAM_WORDS = ['团队', '课题组'];
/** Last characters of nouns for a person or their post (外长, 部长, 老师, 律师, 医生, 主任, 委员, 记者, 同志): a name may stand before one. */
const PERSON_NOUN_ENDS = new Set([...'长师员生士官家任监理表席者授志学傅总手工姐哥爷叔']);

/** A site's word right after a transliterated name (马诺诺项目, 阿卡迪亚锂矿, 布拉德韦尔B项目): the name is the site's, a place. */
const SITE_AFTER = /^[A-Z0-9]?\s*(?:项目|锂矿|铜矿|金矿|铀矿|铁矿|钴矿|矿山|矿区|油田|气田|港口|运河|核电站|核电厂|水电站|电站|大坝|机场)/u;
const SITE_REASON = 'a transliterated name right before a site word (项目, 锂矿, 油田, 港口, 运河…) names that site, not a person (马诺诺项目, 阿卡迪亚锂矿)';
/** Tags the tagger gives a surname it reads as a common word (黄/a yellow, 金/n gold, 包/v to wrap). */
const SURNAME_WORD_TAGS = new Set(['a', 'n', 'ng', 'v']);
/** A body's level written alone before its word (市 国资委, 省 教育厅). */
const LEVELS = new Set([...'市省县区']);
/** Pronouns, which no given name holds (谢谢您/nr is thanks, not a 谢). */
const PRONOUN_CHARS = new Set([...'您你我他她它们']);

/** Prepositions the tagger may glue to the surname of an unknown name after them (由郎/x 咸朋/x, 被张/x 某某/x). */
const GLUED_PREPOSITIONS = new Set([...'由被让向给跟把对和与请']);
/** Words that put a place after them (在德累斯顿, 到上海). */
const LOCATIVES = new Set(['在', '于', '到', '从', '去', '位于', '来自', '前往']);

/**
 * A token that already ends in an include-cue word (荷兰政府/nt, 清华大学/nt): the cue's type, when a name stands before it.
 * A company word before it names no one (控股集团/nz, 科技公司: a kind of company; cues companySuffixes, zhCompanyWords).
 */
function innerSuffix(word: string, cues: Cues): CueRule | null {
  for (const rule of cues.suffix) {
    if (!rule.include) continue;
    for (const w of rule.words) if (word.length >= w.length + 2 && word.endsWith(w) && !companyWords(cues).has(word.slice(0, -w.length))) return rule;
  }
  // 北京协和医院/nt is a name, 儿童医院/nt and 公立医院/nt are kinds: the stem must hold a proper noun; a city's generic
  // body (中心医院/nt) is named by the place before it, which the caller requires.
  const institution = institutionRule(cues);
  for (const w of institution.words) {
    if (word.length >= w.length + 2 && word.endsWith(w) && (GENERIC_BODIES.has(word) || tagText(word.slice(0, -w.length)).some((t) => STEM_PROPER_TAGS.has(t.tag)))) return institution;
  }
  return null;
}

/** 《X》 names a book, film, paper or programme. */
function discoverWorks(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /《([^《》\n]{1,40})》/g;
  for (const m of allMatches(re, text)) {
    out.push({ start: m.index + 1, end: m.index + 1 + m[1].length, type: 'work', canonical: null, source: 'discovery', reason: '《X》 names a work', priority: 1 });
  }
  return out;
}

/**
 * “玄武X1” after a product noun and 叫/名为 ("我们第一款芯片叫“玄武X1”", "这个模型命名为“天穹”", "模型叫Nova-2B"): a
 * quoted name, or a bare Latin one, is that product (or model). Bounded look-back, one pass.
 */
function discoverCalledQuoted(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The name: quoted (叫“玄武X1”), or Latin words written bare (模型叫Nova-2B, 芯片叫Kestrel X1), the later ones
  // capitalised or numbered; a comma may stand before 叫 (训练了一个模型，叫Nova-VLA).
  const re = /(芯片|产品|模型|大模型|机器人|平台|应用|软件|系统|车型|手机|汽车|引擎|框架|工具|App|APP|agent|Agent)[^。，,；;！？!?“”"「」\n]{0,8}?(?:[，,]\s*(?:我们|大家)?)?(?:叫做|叫|名为|命名为|名叫)它?\s*(?:[“"「]([^“”"「」\n]{1,20})[”"」]|([A-Za-z][A-Za-z0-9.+-]*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2}))/g;
  for (const m of allMatches(re, text)) {
    const written = m[2] ?? m[3];
    const name = written.trim();
    if (!name || SAID.test(name)) continue;
    const start = m.index + m[0].length - (m[2] !== undefined ? 1 : 0) - written.length + written.indexOf(name);
    const type = /模型/.test(m[1]) ? 'model' : 'product';
    out.push({ start, end: start + name.length, type, canonical: null, source: 'discovery', reason: `a name after a ${m[1]} and 叫/名为 is that ${type} (第一款芯片叫“玄武X1”, 模型叫Nova-2B)`, priority: 2 });
  }
  return out;
}

/**
 * A quoted name after 叫/名为 with the kind written after it ("一个叫“灵犀”的遥操作数据集", "名为“天穹”的大模型"): that
 * kind's name (数据集 a benchmark or dataset, 模型 a model, the rest a product). One pass, the kind within six characters.
 */
function discoverCalledQuotedKind(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?:叫做|叫|名为|命名为|名叫)\s*[“"「]([^“”"「」\n]{1,20})[”"」]\s*的?[^。，,；;！？!?“”"「」\n]{0,6}?(数据集|语料库|大模型|模型|芯片|机器人|平台|框架|应用|产品|系统)/gu;
  for (const m of allMatches(re, text)) {
    const name = m[1].trim();
    if (!name || SAID.test(name)) continue;
    const start = m.index + m[0].indexOf(m[1]) + m[1].indexOf(name);
    const type = /数据集|语料库/.test(m[2]) ? 'benchmark' : /模型/.test(m[2]) ? 'model' : 'product';
    out.push({ start, end: start + name.length, type, canonical: null, source: 'discovery', reason: `a quoted name after 叫/名为 and before ${m[2]} is that ${type} (一个叫“灵犀”的数据集)`, priority: 2 });
  }
  return out;
}

/**
 * “本源悟空” right after a device noun that a making or launching verb takes earlier in the same clause ("发布了第三代
 * 超导量子计算机“本源悟空”"): the quoted name is that product (模型 a model). Without such a verb a quote after the noun
 * is emphasis (芯片“卡脖子”), and so is a quote followed by 的问题, 现象… (研发芯片“卡脖子”的问题).
 */
function discoverMadeQuoted(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /(发布|推出|研制|研发|打造|造出|做出|做了|上线|开发|量产|亮相|交付|搭载)[^。，,；;！？!?“”"「」\n]{0,12}?(计算机|芯片|处理器|机器人|手机|汽车|车型|卫星|火箭|飞船|探测器|无人机|大模型|模型)[“"「]([^“”"「」\n]{2,12})[”"」](?!\s*的?(?:问题|现象|效应|难题|困境|风险|说法|局面))/gu;
  for (const m of allMatches(re, text)) {
    const name = m[3];
    if (name.trim() !== name || SAID.test(name)) continue;
    const start = m.index + m[0].length - 1 - name.length;
    const type = /模型/.test(m[2]) ? 'model' : 'product';
    out.push({ start, end: start + name.length, type, canonical: null, source: 'discovery', reason: `a quoted name right after a ${m[2]} that a making verb takes is that ${type} (发布了超导量子计算机“本源悟空”)`, priority: 2 });
  }
  return out;
}

/** Words of a quoted sentence, not a name (“这是一个大会”). */
const SAID = /[是这那我你您他她它了吗呢吧，,。！？!?；;]|一个|一场|一次/;

/** “2026全球具身智能大会”: a quoted name ending in an event word (大会, 峰会, 论坛…) names an event. */
function discoverQuotedEvents(text: string, cues: Cues): Candidate[] {
  const out: Candidate[] = [];
  const re = /[“"「]([^“”"「」\n]{2,40})[”"」]/g;
  for (const m of allMatches(re, text)) {
    const name = m[1].trim();
    if (SAID.test(name) || !cues.zhEventHeads.words.some((h) => name.length > h.length && name.endsWith(h))) continue;
    const start = m.index + 1 + m[1].indexOf(name);
    out.push({ start, end: start + name.length, type: 'event', canonical: null, source: 'discovery', reason: cues.zhEventHeads.reason, priority: 1 });
  }
  return out;
}

/** A short noun compound ending in a concept head (五级框架, 摩尔定律) is a key topic. */
function discoverConcepts(tokens: Token[], ix: CueIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k];
    const mod = tokens[k - 1];
    if (!ix.conceptHeads.has(head.word) || mod.end !== head.start) continue;
    if (!CONCEPT_MODIFIER_TAGS.has(mod.tag) || !HAN_ONLY.test(mod.word) || mod.word.length < 2 || mod.word.length > 3) continue;
    if (DETERMINER_CHARS.has(mod.word[0])) continue;
    out.push({ start: mod.start, end: head.end, type: 'concept', canonical: null, source: 'discovery', reason: `a noun compound ending in ${head.word} names a topic`, priority: 0 });
  }
  return out;
}

/** Characters that end a Chinese name written right after a title (林知远表示 → 林知远). */
const AFTER_NAME = new Set([...'表说是的在和与认指曾也都就等、，。：；！？（）“”"\' 及对将已还把被向从让给跟同为']);

/** Characters that, third after a surname, start the next word rather than end the name (李华是, 王芳说, 张伟在). */
/** Tags of common words (关系/n, 发展/vn): a title followed by one names no one. */
const COMMON_WORD_TAGS = new Set(['n', 'v', 'vn', 'a', 'ad', 'an', 'd', 'l', 'i']);
// 汪滔带出来的人, 孙丽请大家: jieba glues a common verb onto a name it does not know as well.
const VERB_AFTER_NAME = new Set([...'是说在也都就把被让给跟从向对还已曾将带请帮拿找讲卖买签']);

/**
 * A title followed by a surname: the name is the surname and one or two more characters (联合创始人林知远), cut where
 * a word of the tagger starts inside it and runs past it (创始人李华接受 → 李华: 接受 is one word).
 */
function discoverTitledNames(text: string, tokens: Token[], cues: Cues, ix: CueIndex): Candidate[] {
  const out: Candidate[] = [];
  const titles = titleRegex(cues);
  if (!titles) return out;
  for (const m of allMatches(titles.re, text)) {
    const latin = /^[A-Z]/.test(m[0]);
    if (latin && /[A-Za-z]/.test(text[m.index - 1] ?? '')) continue; // ACEO is no CEO
    const start = m.index + m[0].length + (latin && text[m.index + m[0].length] === ' ' ? 1 : 0);
    const first = text[start];
    if (!first || !(ix.surnames.has(first) || ix.surnames.has(text.slice(start, start + 2)))) continue;
    let end = start + 1;
    while (end < text.length && end - start < 3 && /\p{Script=Han}/u.test(text[end]) && !AFTER_NAME.has(text[end])) end++;
    // The tokens from the name's start on, found by bisection (a scan of all tokens per title is quadratic on a long text).
    const from = firstIndex(tokens.length, (i) => tokens[i].start >= start);
    for (let i = from; i < tokens.length && tokens[i].start < end; i++) {
      const t = tokens[i];
      // 黄循/x 财将/x: an unknown word of the third character and a verb or adverb after it (将, 说, 是) is the name's
      // end glued to the next word; the name keeps three characters.
      if (t.start === start + 2 && t.end === start + 4 && t.tag === 'x' && end === start + 3 && VERB_AFTER_NAME.has(t.word[1])) break;
      if (t.start >= start + 2 && t.end > end) {
        end = t.start;
        break;
      }
      // 王亮/x 做/v 过, 裴宁/x 很/zg 低调: a one-character verb or adverb the tagger cut off after two characters is not a third.
      if (t.start === start + 2 && t.end === start + 3 && end === start + 3 && CUT_AFTER_NAME_TAGS.has(t.tag) && i > from && tokens[i - 1].end === t.start) {
        end = t.start;
        break;
      }
    }
    // 首席运营官司德聊了聊 (官司/n 德聊/x 了/ul): a third character the aspect particle 了, 过 or 着 follows is a verb, not
    // the name's end (a compound surname's name keeps it: 司马懿).
    if (end === start + 3 && ASPECT_PARTICLES.has(text[end] ?? '') && !ix.surnames.has(text.slice(start, start + 2))) {
      const after = tokens[firstIndex(tokens.length, (i) => tokens[i].start >= end)];
      if (after && after.start === end && after.word === text[end]) end -= 1;
    }
    // 投资者关系总监: 关 is a surname, but 关系/n is a common word the tagger knows, not a name after the title 投资者.
    let common = false;
    for (let i = from; i < tokens.length && tokens[i].start === start; i++) {
      const t = tokens[i];
      common ||= t.end <= end && t.end - t.start >= 2 && COMMON_WORD_TAGS.has(t.tag);
    }
    if (common) continue;
    if (end - start < 2 || ix.stop.has(text.slice(start, end))) continue;
    out.push({ start, end, type: 'person', canonical: null, source: 'discovery', reason: titles.reason.get(m[0]) ?? 'title', priority: 1 });
  }
  return out;
}

/**
 * Who founded a company, between 是/由/和 and the founding verb, when and where between them: "光线传媒是王长田在1998年
 * 创立的", "由王俊峰在北京创办", "我和李永新一起创办的". The verb ends the name, so its length is known however the tagger
 * cut it (王长/x 田/n, 李/nr 永新/d).
 */
const FOUNDER_BEFORE_VERB = /(?:是|由|和|与|跟)(\p{Script=Han}{2,4}?)(?:(?:在|于)?(?:19|20)\d\d年(?:\d{1,2}月)?)?(?:在\p{Script=Han}{2,6}?)?(?:一起|共同|联合|一手|亲手)?(?:创立|创办|创建)(?:了|的)/gu;
/** "创始人是秦望舒。": the founder named after 是, up to the end of the clause. */
const FOUNDER_IS = /(?:创始人|创办人)(?:是|为)(\p{Script=Han}{2,4}?)(?=[，,。；;！!？?、]|$)/gu;
const FOUNDER_REASON = 'a surname and a given name between 是/由/和 and a founding verb (光线传媒是王长田在1998年创立的, 和李永新一起创办的), or after 创始人是 to the end of the clause';

function discoverFounderNames(text: string, tokens: Token[], ix: CueIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [FOUNDER_BEFORE_VERB, FOUNDER_IS]) {
    for (const m of allMatches(re, text)) {
      const name = m[1];
      const compound = ix.surnames.has(name.slice(0, 2));
      if (!(compound ? name.length >= 3 : ix.surnames.has(name[0]) && name.length <= 3)) continue;
      if (ix.stop.has(name) || ix.nonNameEndings.has(name[name.length - 1])) continue;
      // The name follows the one marker character (是/由/和…), or ends the match (创始人是秦望舒).
      const start = re === FOUNDER_IS ? m.index + m[0].length - name.length : m.index + 1;
      const end = start + name.length;
      // 和高校一起创办的, 由政府创办: a common word the tagger knows, covering the name, is no one.
      const from = firstIndex(tokens.length, (i) => tokens[i].end > start);
      let common = false;
      for (let i = from; i < tokens.length && tokens[i].start < end; i++) {
        const t = tokens[i];
        common ||= t.start <= start && t.end >= end && COMMON_WORD_TAGS.has(t.tag);
      }
      if (common) continue;
      out.push({ start, end, type: 'person', canonical: null, source: 'discovery', reason: FOUNDER_REASON, priority: 1 });
    }
  }
  return out;
}

/** Aspect particles: after a one-character word they make it a verb (聊了, 做过, 看着). */
const ASPECT_PARTICLES = new Set([...'了过着']);

/** Tags of a one-character word that ends a titled name before it (做/v, 很/zg, 也/d, 写/v). */
const CUT_AFTER_NAME_TAGS = new Set(['v', 'd', 'zg', 'ad', 'p', 'c', 'ul', 'ug', 'uj', 'uz', 'y']);

/** Tags of an employer's name the tagger does not know (容联云/x); common nouns (科技/n) never. */
const EMPLOYER_TAGS = new Set(['x', 'nz', 'nt', 'j', 'nrt']);
const RUN_TAGS = new Set([...EMPLOYER_TAGS, 'ns', 'nr']);
/** The person titles of the prefix rules, by first character, longest first (a look-up per token, not a scan). */
const employerTitles = new WeakMap<Cues, Map<string, string[]>>();

/**
 * "容联云CTO赵晨光", "星海智能联合创始人林知远": an unknown word right before a person's title (the person title cues, Han
 * and Latin) that a surname-led name follows is the person's organization.
 */
function discoverEmployers(text: string, tokens: Token[], cues: Cues, ix: CueIndex): Candidate[] {
  let titles = employerTitles.get(cues);
  if (!titles) {
    titles = new Map();
    const words = cues.prefix.filter((r) => r.type === 'person').flatMap((r) => r.words).filter((w) => /\p{Script=Han}|^[A-Z]{3}$/u.test(w)).sort((a, b) => b.length - a.length);
    for (const w of words) titles.set(w[0], [...(titles.get(w[0]) ?? []), w]);
    employerTitles.set(cues, titles);
  }
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const title = HAN_ONLY.test(t.word) ? titles.get(text[t.end])?.find((w) => text.startsWith(w, t.end)) : undefined;
    if (!title) continue;
    const at = t.end + title.length;
    const name = /^\p{Script=Han}{2,3}/u.exec(text.slice(at, at + 3))?.[0] ?? '';
    if (name.length < 2 || !(ix.surnames.has(name[0]) || ix.surnames.has(name.slice(0, 2)))) continue;
    // The name may be one unknown word (容联云/x) or pieces the tagger cut it into (星衡/x 云/ns), one of them unknown.
    let first = k;
    while (first > 0 && k - first < 2 && tokens[first - 1].end === tokens[first].start && RUN_TAGS.has(tokens[first - 1].tag) && HAN_ONLY.test(tokens[first - 1].word)) first--;
    // 汽车/n 之心/x 主编: no name starts with 之 (汽车之心, 新能源之家): the word before it, a common noun too, is its first part.
    const modifier = tokens[first - 1];
    if (tokens[first].word.startsWith('之') && modifier && modifier.end === tokens[first].start && HAN_ONLY.test(modifier.word) && modifier.word.length <= 3 && t.end - modifier.start <= 6) {
      out.push({ start: modifier.start, end: t.end, type: 'organization', canonical: null, source: 'discovery', reason: `an unknown name right before a person's title and name (${text.slice(modifier.start, t.end)}${title}${name}) is their organization`, priority: 1 });
      continue;
    }
    for (; first <= k; first++) {
      const run = tokens.slice(first, k + 1);
      const word = run.map((r) => r.word).join('');
      if (word.length < 2 || word.length > 5 || ix.stop.has(word) || !run.every((r) => RUN_TAGS.has(r.tag)) || !run.some((r) => EMPLOYER_TAGS.has(r.tag))) continue;
      // 市卫/x 健委副/x 主任: 副 the tagger glued onto the name opens the title (副主任), it is no part of the name.
      const deputy = word.length > 2 && word.endsWith('副') ? 1 : 0;
      // 市卫健委副主任: a name ending in a body's word (卫健委, 教育局) is that government body.
      const body = cues.suffix.find((r) => r.type === 'government' && r.include && r.words.some((w) => word.length - deputy > w.length && word.slice(0, word.length - deputy).endsWith(w)));
      out.push({ start: tokens[first].start, end: t.end - deputy, type: body ? 'government' : 'organization', canonical: null, source: 'discovery', reason: `an unknown name right before a person's title and name (${word}${title}${name}) is their organization`, priority: 1 });
      break;
    }
  }
  return out;
}

const titleRegexes = new WeakMap<Cues, { re: RegExp; reason: Map<string, string> } | null>();
/** One regex over every Chinese person title of the prefix rules, longest first. */
function titleRegex(cues: Cues): { re: RegExp; reason: Map<string, string> } | null {
  if (titleRegexes.has(cues)) return titleRegexes.get(cues)!;
  const reason = new Map<string, string>();
  for (const rule of cues.prefix) {
    if (rule.type !== 'person') continue;
    // 联合创始人林知远; CEO唐唯实 (an officer's Latin letters before a Han name, one space at most).
    for (const w of rule.words) if ((/\p{Script=Han}/u.test(w) || /^C[EFOT]O$/.test(w)) && !reason.has(w)) reason.set(w, rule.reason);
  }
  const value = reason.size ? { re: new RegExp(alternation(reason.keys()), 'gu'), reason } : null;
  titleRegexes.set(cues, value);
  return value;
}

/** Conjunctions the tagger may glue to the word after them (和县/ns in 你们和县医院). */
const CONJUNCTION_CHARS = new Set([...'和与跟同']);
/** An ordinal word (第三/m), which numbers a city's hospitals and schools (成都市第三人民医院, 北京市第八中学). */
const ORDINAL = /^第[一二三四五六七八九十百零〇]{1,3}$/;
/** Tags that stop the walk back from an institution word (prepositions, pronouns, verbs, punctuation). */
const INSTITUTION_NAME_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'j', 'x', 'eng', 'vn', 'an', 'b', 'l', 'ng']);
const PROPER_TAGS = new Set(['nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'j', 'x', 'eng']);
/** Tags of a proper noun in an institution's stem (北京/ns 协和/nz); abbreviations (中医/j) and unknown words are not enough. */
const STEM_PROPER_TAGS = new Set(['nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg']);

const institutionIndexes = new WeakMap<Cues, Map<string, CueRule>>();
/** Institution words (大学, 研究所) → the first organization suffix rule including them, built once per cue set. */
function institutionWords(cues: Cues): Map<string, CueRule> {
  let ruleOf = institutionIndexes.get(cues);
  if (!ruleOf) {
    ruleOf = new Map();
    for (const r of [...cues.suffix, institutionRule(cues)]) if (r.include && r.type === 'organization') for (const w of r.words) if (!ruleOf.has(w)) ruleOf.set(w, r);
    institutionIndexes.set(cues, ruleOf);
  }
  return ruleOf;
}

/** Tags of a newspaper's stem before 时报 (健康/a, 环球/n, 中国/ns 青年/t): names and common words alike. */
const NEWSPAPER_STEM_TAGS = new Set([...INSTITUTION_NAME_TAGS, 'a', 't', 's']);
const NEWSPAPER_REASON = 'a name ending in 时报 is a newspaper (健康时报, 环球时报, 中国青年时报)';

/**
 * "健康时报也报道了": 时报 ends only a newspaper's title, so one or two words right before it name one whatever the
 * tagger made of them (健康/a, 经济时报/n as one word); a verb or a measure before it (看时报, 这份时报) names none.
 */
function discoverNewspapers(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].word;
    if (!word.endsWith('时报')) continue;
    let first = k;
    if (word === '时报') {
      while (first > 0 && k - first < 2 && tokens[first - 1].end === tokens[first].start && NEWSPAPER_STEM_TAGS.has(tokens[first - 1].tag) && HAN_WORD.test(tokens[first - 1].word)) first--;
    }
    const length = tokens[k].end - tokens[first].start;
    if (length < 4 || length > 8 || !HAN_WORD.test(word)) continue;
    out.push({ start: tokens[first].start, end: tokens[k].end, type: 'organization', canonical: null, source: 'discovery', reason: NEWSPAPER_REASON, priority: 1 });
  }
  return out;
}
const HAN_WORD = /^\p{Script=Han}+$/u;

/** Heads of an alliance's name (海洋联盟): alone, a common word. */
const ALLIANCE_HEADS = new Set(['联盟']);

/** Kinds of 医联体, not names: 城市/ns and 县域/n read like places or nouns before it (城市医联体, 县域医联体). */
const ALLIANCE_KINDS = new Set(['城市', '区域', '县域', '社区', '城乡', '全国', '省级', '市级', '县级', '专科', '紧密']);
const ALLIANCE_REASON = 'two name characters right before 医联体 name a hospital alliance (华西医联体, 湘雅医联体)';

/**
 * "成立了华西医联体": 医联体 (a hospital alliance) after two characters that begin a proper-noun word of the tagger's
 * (华/ns 西医/nr, 湘雅/ns) is an organisation; a kind before it (城市医联体, 县域医联体, 这个医联体) names none.
 */
function discoverAlliances(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  for (let at = text.indexOf('医联体'); at >= 0; at = text.indexOf('医联体', at + 3)) {
    const start = at - 2;
    if (start < 0) continue;
    while (k < tokens.length && tokens[k].start < start) k++;
    const first = tokens[k];
    if (!first || first.start !== start || !STEM_PROPER_TAGS.has(first.tag) || !HAN_WORD.test(text.slice(start, at)) || ALLIANCE_KINDS.has(text.slice(start, at))) continue;
    out.push({ start, end: at + 3, type: 'organization', canonical: null, source: 'discovery', reason: ALLIANCE_REASON, priority: 1 });
  }
  return out;
}

/** "Former" (前, 原) before a name: who someone was, never the name's first word. */
const FORMER = new Set(['前', '原']);
/** 前高瓴/x: 1 where the tagger glued "former" to an unknown name of two or more characters (the name starts after it), else 0. */
const formerGlued = (t: Token): number => (t.tag === 'x' && t.word.length >= 3 && FORMER.has(t.word[0]) ? 1 : 0);

const companyWordSets = new WeakMap<Cues, Set<string>>();
/** The Han company words and suffixes (控股, 科技, 集团…), built once. */
function companyWords(cues: Cues): Set<string> {
  let set = companyWordSets.get(cues);
  if (!set) companyWordSets.set(cues, (set = new Set([...cues.companySuffixes.words, ...cues.zhCompanyWords.words].filter((w) => HAN_ONLY.test(w)))));
  return set;
}

/** X研究院, X大学, X实验室: up to three name-like tokens before an institution word make its name (星河智能研究院). */
function discoverInstitutions(tokens: Token[], cues: Cues): Candidate[] {
  const out: Candidate[] = [];
  const ruleOf = institutionWords(cues);
  const breaks = new Set(cues.zhNameBreakEndings.words); // 就读于卡内基梅隆大学: the name starts after 就读于
  for (let k = 1; k < tokens.length; k++) {
    const rule = ruleOf.get(tokens[k].word);
    if (!rule) continue;
    let first = k;
    // Up to four words (北京/ns 社会/n 管理/vn 职业/n 学院); a fourth is no province before a county (宁夏/ns 中宁县/ns …合作社).
    // 中国/ns 水产/n 科学/n 研究院/n 黄海/ns 水产/n 研究所: another institution word before ends the walk (two names).
    // An ordinal is a word of the name (成都市/ns 第三/m 人民/n 医院/n).
    while (first > 0 && k - first < 4 && tokens[first - 1].end === tokens[first].start && (INSTITUTION_NAME_TAGS.has(tokens[first - 1].tag) || ORDINAL.test(tokens[first - 1].word)) && /^[\p{Script=Han}A-Za-z0-9]+$/u.test(tokens[first - 1].word) && !breaks.has(tokens[first - 1].word.slice(-1)) && !ruleOf.has(tokens[first - 1].word)) {
      if (k - first === 3 && tokens[first - 1].tag === 'ns' && tokens[first].tag === 'ns') break;
      first--;
    }
    // 你们/r 和县/ns 医院: a first word opening with a conjunction right after a pronoun is the conjunction and a common
    // word (和 + 县), no name (你们和县医院 are "you and the county hospitals"; 和县 is a county only elsewhere).
    if (first > 0 && first < k && tokens[first - 1].tag === 'r' && tokens[first - 1].end === tokens[first].start && CONJUNCTION_CHARS.has(tokens[first].word[0])) first++;
    // 韩国/ns SK/eng 集团: the country before a Latin name is where the company is from, no part of its name.
    if (k - first >= 2 && tokens[first].tag === 'ns' && tokens[first + 1].tag === 'eng') first++;
    // 原/n 红杉/nr 资本, 前高瓴/x 资本: "former" opening the words (the tagger may glue it to an unknown name) is who the
    // person was, no part of the name (前高瓴资本投资副总裁 worked at 高瓴资本).
    if (k - first >= 2 && FORMER.has(tokens[first].word)) first++;
    const glued = formerGlued(tokens[first]);
    // One common noun before the institution word is a kind (艺术学院), not a name.
    if (first === k || (k - first === 1 && !PROPER_TAGS.has(tokens[first].tag))) continue;
    const name = tokens.slice(first, k).map((t) => t.word).join('').slice(glued);
    if (name.length < 2) continue;
    out.push({ start: tokens[first].start + glued, end: tokens[k].end, type: rule.type, canonical: null, source: 'discovery', reason: rule.reason, priority: 1 });
  }
  return out;
}

/** Words that join the items of a Chinese list (拜耳、科迪华和先正达). */
const LIST_JOINERS = new Set(['、', '和', '与', '及', '以及', '跟', '同']);

/**
 * "拜耳、科沃斯达和先正达": a three-character transliteration read as a foreign person's name (cues transliterationChars)
 * that stands in one list with an organization the lexicon knows is a foreign company, not a person. A list is a run of
 * settled candidates each joined to the next by 、/和/与/及 alone; one pass over the settled candidates (in text order).
 */
export function retypeListedTransliterations(text: string, settled: Candidate[], cues: Cues): Candidate[] {
  const guessed = (c: Candidate) => c.type === 'person' && c.source === 'discovery' && c.canonical === null && c.reason === cues.transliterationChars.reason;
  const known = (c: Candidate) => c.type === 'organization' && c.source === 'lexicon';
  let out: Candidate[] | null = null;
  let first = 0;
  for (let k = 1; k <= settled.length; k++) {
    const joined = k < settled.length && LIST_JOINERS.has(text.slice(settled[k - 1].end, settled[k].start));
    if (joined) continue;
    // settled[first..k-1] is one list.
    if (k - first >= 2) {
      const run = settled.slice(first, k);
      if (run.some(known) && run.some(guessed)) {
        out ??= [...settled];
        for (let i = first; i < k; i++) {
          if (guessed(settled[i])) out[i] = { ...settled[i], type: 'organization', reason: 'a transliterated name listed beside a company the lexicon knows (拜耳、科沃斯达和先正达)' };
        }
      }
    }
    first = k;
  }
  return out ?? settled;
}
