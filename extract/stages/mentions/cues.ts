// The shape of extract/data/cues.json (type cue words, stoplists, discovery rules) and its validation.
// Every rule and list carries a `reason`, shown in diagnostics as the mention's reason.
import type { EntityType } from '../../../src/model.ts';
import { ENTITY_TYPES } from '../../../src/model.ts';

export interface CueRule {
  id: string;
  /** The cue words. */
  words: string[];
  type: EntityType;
  /** suffix cues: the cue word is part of the name ("AI安全研究所"), not just a hint ("Runway公司"). */
  include?: boolean;
  /** The cue does not type a name compromise reads as a person's ("the Lex Fridman Podcast" stays a person). */
  yieldsToPerson?: boolean;
  reason: string;
}

export interface WordList {
  words: string[];
  reason: string;
}

export interface Cues {
  /** A cue right before a name types it ("数学家陶哲轩", "CEO Sam Altman"). */
  prefix: CueRule[];
  /** A cue right after a name types it ("特朗普政府", "Runway公司", "O3模型", "Frontier Math基准测试"). */
  suffix: CueRule[];
  /** Words jieba tags as names that are not names (谢谢, 太棒了). */
  zhNameStoplist: WordList;
  /** Common Chinese surnames: a 2–3 character nr token starting with one is a person. */
  zhSurnames: WordList;
  /** Titles after a Chinese surname (王总, 刘老师): such a name is the one person of the document with that surname. */
  zhHonorifics: WordList;
  /** Characters of transliterated foreign names (特朗普, 马斯克): a nr token of only these is a person. */
  transliterationChars: WordList;
  /** Capitalised words that are not names on their own (The, So, Yeah, January). */
  enStopwords: WordList;
  /** Lower-case words allowed inside a multi-word name ("Bank of America", "Center for AI Safety"). */
  enConnectors: WordList;
  /** Model families followed by a version make a model name ("Claude 3.5 Sonnet", "Llama 3.1 70B"). */
  modelFamilies: WordList;
  /** Words that may follow a model version ("Flash", "Alpha", "Turbo", "mini"). */
  modelQualifiers: WordList;
  /** Lower-case words that join two parts of a name only when it ends in a head word ("CHIPS and Science Act"). */
  enHeadedConnectors: WordList;
  /** Job-title words: a name that ends in one, or starts with one before "of", is a role ("Director of Investor Relations"). */
  enRoleWords: WordList;
  /** Last words that make a capitalised name an organization ("Labs", "Inc", "University"). */
  orgHeads: WordList;
  /** First words that make a name an organization, in the languages that put the head first (Banco Andino). */
  orgLeadingHeads: WordList;
  /** Heads of an appositive after a name that make it an organization ("Helio Thermal, a thermal storage startup"). */
  enOrgAppositiveHeads: WordList;
  /** Last words that make a capitalised name a place ("City", "Center", "Valley"). */
  placeHeads: WordList;
  /** Last words that make a capitalised name an event ("Summit", "Conference"). */
  eventHeads: WordList;
  /** Last words that make a capitalised name a law or written work ("Act", "Treaty", "Report"). */
  workHeads: WordList;
  /** Heads of a law or ruling that a number after them names (FERC Order 1920, Order 1920, Bill 42, Directive 2019/944). */
  numberedWorkHeads: WordList;
  /** Last words that make a capitalised name a dataset or benchmark ("Dataset", "Benchmark"). */
  benchmarkHeads: WordList;
  /** Last characters of common words the tagger marks as names (许可证, 易用性). */
  zhNonNameEndings: WordList;
  /** Last characters of verb–preposition words (就读于, 来自): such a token is never part of an institution's name. */
  zhNameBreakEndings: WordList;
  /** English concept heads: a repeated lower-case "modifier head" pair is a key topic ("imitation learning"). */
  enConceptHeads: WordList;
  /** Words that never start such a pair (the, more, better). */
  enConceptModifierStoplist: WordList;
  /** Short forms of first names, written "Chris=Christopher,Cristóbal": a speaker addressed by one is the speaker. */
  nicknames: WordList;
  enGivenNames: WordList;
  /** Chinese institution words beyond the suffix rule (医院, 出版社): a name ending in one, its stem holding a proper noun, is an organization. */
  zhInstitutions: WordList;
  /** Last words of a unit inside an institution (研究院, 研究所, 自动化系, AI Lab): an organization + such a unit is one organization (微软亚洲研究院). */
  zhSubunits: WordList;
  zhSubunitLookalikes: WordList;
  /** Standards bodies: one followed by a number names a standard (ISO 9001, ISO/IEC 42001, GB/T 45001, SOC 2), a written work. */
  standardBodies: WordList;
  /** A word before a form code names a filing ("Form 10-K", "Schedule 13D"), not an organization "Form". */
  enDocumentPrefixes: WordList;
  /** ALIAS=words: a short lexicon alias is no mention beside a word of its other sense ("high-voltage DC links"). */
  enAliasOtherSenses: WordList;
  /** Generic company suffixes (智能, 科技, Inc., Labs): a document may shorten a company's name by dropping them (百川 for 百川智能). */
  companySuffixes: WordList;
  /** Chinese trade words: name + one + a company cue is a company (星海智能创始人, 叫触感科技). */
  zhCompanyWords: WordList;
  /** Companies whose short name is a common word (地平线=Horizon Robotics): named where the document uses the word as one. */
  zhCommonWordCompanies: WordList;
  /** Companies whose short name is an everyday word (通用=General Motors): named only where that occurrence is cued. */
  zhEveryDayWordCompanies: WordList;
  /** Chinese event heads: a quoted name ending in one is an event (“2026全球具身智能大会”). */
  zhEventHeads: WordList;
  /** Chinese concept heads: a noun compound ending in one is a key topic ("五级框架", "测试框架"). */
  zhConceptHeads: WordList;
}

type Fail = (message: string) => Error;

export function validateCues(data: unknown, file: string, fail: Fail): Cues {
  if (typeof data !== 'object' || data === null) throw fail(`${file}: expected an object`);
  const obj = data as Record<string, unknown>;
  const rules = (name: 'prefix' | 'suffix'): CueRule[] => {
    const list = obj[name];
    if (!Array.isArray(list)) throw fail(`${file}: "${name}" must be an array of rules`);
    return list.map((raw, index) => {
      const rule = raw as Partial<CueRule>;
      const where = `${file}: ${name}[${index}]${rule && typeof rule.id === 'string' ? ` (${rule.id})` : ''}`;
      if (typeof rule !== 'object' || rule === null || typeof rule.id !== 'string') throw fail(`${where}: needs an "id"`);
      if (!Array.isArray(rule.words) || rule.words.some((w) => typeof w !== 'string' || w === '')) throw fail(`${where}: "words" must be non-empty strings`);
      if (!(ENTITY_TYPES as readonly string[]).includes(rule.type as string)) throw fail(`${where}: unknown type ${JSON.stringify(rule.type)}`);
      if (typeof rule.reason !== 'string' || rule.reason === '') throw fail(`${where}: needs a "reason"`);
      return { id: rule.id, words: rule.words, type: rule.type as EntityType, include: rule.include === true, yieldsToPerson: rule.yieldsToPerson === true, reason: rule.reason };
    });
  };
  const list = (name: keyof Cues): WordList => {
    const raw = obj[name] as Partial<WordList> | undefined;
    if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.words)) throw fail(`${file}: "${name}" must be {"words": [...], "reason": "..."}`);
    if (typeof raw.reason !== 'string' || raw.reason === '') throw fail(`${file}: "${name}" needs a "reason"`);
    if (raw.words.some((w) => typeof w !== 'string')) throw fail(`${file}: "${name}" words must be strings`);
    return { words: raw.words, reason: raw.reason };
  };
  return {
    prefix: rules('prefix'),
    suffix: rules('suffix'),
    zhNameStoplist: list('zhNameStoplist'),
    zhSurnames: list('zhSurnames'),
    zhHonorifics: list('zhHonorifics'),
    transliterationChars: list('transliterationChars'),
    enStopwords: list('enStopwords'),
    enConnectors: list('enConnectors'),
    enHeadedConnectors: list('enHeadedConnectors'),
    enRoleWords: list('enRoleWords'),
    modelFamilies: list('modelFamilies'),
    modelQualifiers: list('modelQualifiers'),
    orgHeads: list('orgHeads'),
    orgLeadingHeads: list('orgLeadingHeads'),
    zhSubunits: list('zhSubunits'),
    zhSubunitLookalikes: list('zhSubunitLookalikes'),
    standardBodies: list('standardBodies'),
    enDocumentPrefixes: list('enDocumentPrefixes'),
    enAliasOtherSenses: list('enAliasOtherSenses'),
    enOrgAppositiveHeads: list('enOrgAppositiveHeads'),
    placeHeads: list('placeHeads'),
    zhConceptHeads: list('zhConceptHeads'),
    zhEventHeads: list('zhEventHeads'),
    zhCompanyWords: list('zhCompanyWords'),
    zhCommonWordCompanies: list('zhCommonWordCompanies'),
    zhEveryDayWordCompanies: list('zhEveryDayWordCompanies'),
    zhInstitutions: list('zhInstitutions'),
    companySuffixes: list('companySuffixes'),
    eventHeads: list('eventHeads'),
    nicknames: list('nicknames'),
    enGivenNames: list('enGivenNames'),
    enConceptHeads: list('enConceptHeads'),
    enConceptModifierStoplist: list('enConceptModifierStoplist'),
    workHeads: list('workHeads'),
    numberedWorkHeads: list('numberedWorkHeads'),
    benchmarkHeads: list('benchmarkHeads'),
    zhNonNameEndings: list('zhNonNameEndings'),
    zhNameBreakEndings: list('zhNameBreakEndings'),
  };
}
