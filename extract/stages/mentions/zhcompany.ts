// Chinese company names no lexicon has: a name stem, a trade word (科技, 智能, 机器人…) and a cue that a company is
// meant (星海智能创始人, 云鲸智能成立于, 叫触感科技, 北辰科技董事长陈立平, 星河智能完成了…融资, 公司码途科技): then the whole is an
// organisation, here and wherever the text repeats it.
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';
import { FINANCIAL_FIRM_WORDS, isGenericKind, suffixCue } from './zh.ts';

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Tags a stem may carry: names and unknown words; a common noun only after "叫/名为" (叫触感科技). */
const STEM_TAGS = new Set(['x', 'nz', 'ns', 'nr', 'nrt', 'nt', 'j']);
const CALLED = /(?:叫|叫做|名叫|名为|名字叫)\s*$/;
const FOUNDED = /^\s*(?:成立于|成立|创立于|创办于)/;
/** Who founded it or when, after 是 or 由, within the clause: "光线传媒是王长田在1998年创立的", "博纳影业由于冬创办", "星澜科技是2016年在苏州成立的". */
const FOUNDED_BY_AFTER = /^\s*(?:也|就|其实)?(?:是|由)[^，,。；;：:！？!?\n]{1,20}?(?:创立|创办|创建|成立的)/;
/** An investment verb after the name (经纬创投领投了天使轮, 面壁智能跟投, 线性资本继续加注): an investor, whatever the tagger made of its stem (经纬/n). */
const INVESTS = /^\s*(?:联合领投|领投|跟投|参投|独家投资|(?:继续|持续)?(?:加注|追投))/;
/** Joining it: "2023年我加入了面壁智能". */
const JOINED_BEFORE = /(?:加入|加盟|入职|就职于|任职于)(?:了)?\s*$/;
/** Its staff named after it: "面壁智能的算法负责人许嘉言", "知澜AI的联合创始人韩默" (a title, then a name whose surname is checked). */
const STAFF_AFTER = /^\s*的\s*\p{Script=Han}{0,4}?(?:负责人|工程师|研究员|科学家|总监|副总裁|总裁|合伙人|创始人|董事长|CEO|CTO|COO)\s*(?=\p{Script=Han}{2,3})/u;
/** A founding verb before the name: "周明…创立了澜舟科技", "我们创办了星海智能", "周立行创立的云栖数据". */
const FOUNDED_BEFORE = /(?:创立|创办|创建|成立|联合创办|联合创立|共同创立|共同创办)(?:了|的)?\s*$/;
/** A round raised after the name, within the clause: "星河智能完成了由远景创投领投的2亿元A轮融资", "前沿智能宣布完成新一轮融资", "鲜朗去年拿了高瓴资本的B轮". */
const FUNDED = /^\s*(?:近日|日前|刚刚|已经|已|去年|今年)?\s*(?:宣布)?(?:完成|获得|拿到|拿了|斩获)(?:了)?[^。！？；;，,\n]{0,30}?(?:融资|天使轮|Pre-?A轮|[A-E]\+?轮)/;
/** A company officer and a name right after the name, no 的 (北辰科技董事长陈立平): only a company has a 董事长 or CEO. */
const OFFICER_AFTER = /^\s*(?:联合创始人|创始人|董事长|总裁|总经理|首席执行官|首席技术官|CEO|CTO|COO|CFO)(?:兼\p{Script=Han}{2,5}?)?\s*(?=\p{Script=Han}{2,3})/u;
/** A product of the name's after 的, written as product names are (面壁智能的MiniCPM, 深空智能的Orion-2B): mixed case or a number. */
const PRODUCT_AFTER = /^的\s*(?:[A-Z][A-Za-z]*[a-z][A-Z]|[A-Za-z][A-Za-z-]*\d)/;
/** A kind of company right before the name, or its parent's 旗下: "一家AI编程公司码途科技", "创业公司云岫智能", "旗下的彩条屋影业". */
const KIND_BEFORE = /(?:公司|企业|创业公司|初创公司|独角兽|旗下的?)\s*$/;
/** Its founder or chief after 的, no name following: "他是码途科技的联合创始人。" */
const FOUNDER_AFTER = /^\s*的\s*(?:联合创始人|创始人|董事长|首席执行官|首席技术官|CEO|CTO|COO)/;
/** Tags no name stem carries: pronouns, prepositions, conjunctions, particles, numerals, time and place-direction words. */
const NEVER_STEM_TAGS = new Set(['r', 'p', 'c', 'd', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'm', 'mq', 'q', 'f', 't', 'tg', 'e', 'y', 'o']);

/** Company names in one text, each occurrence of a cued name (a name cued once is found again uncued), and lead investors. */
export function discoverChineseCompanies(text: string, tokens: Token[], lexicon: Lexicon, known: Set<string> = new Set()): Candidate[] {
  const { words, reason } = lexicon.cues.zhCompanyWords;
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    let stem = stemBefore(tokens, k);
    const trade = tokens[k + 1];
    if (trade.start !== stem.end || !words.includes(trade.word)) continue;
    // 听/v 澜/ns AI: a name the tagger cut into two single characters, one a verb; only a company-only cue below keeps it.
    const pair = stem.word.length === 1 ? pairBefore(tokens, k) : null;
    if (pair) stem = pair;
    // 叫云/x 深处/s 科技: the tagger glued 叫 to the name's first character; the name starts right after 叫.
    const glued = pair ? undefined : tokens[stem.start === tokens[k].start ? k - 1 : k - 2];
    const gluedCall = glued !== undefined && glued.end === stem.start && glued.word.length === 2 && glued.word[0] === '叫' && HAN_ONLY.test(glued.word);
    if (gluedCall) stem = { word: glued.word[1] + stem.word, tag: 'x', start: glued.start + 1, end: stem.end };
    if (!HAN_ONLY.test(stem.word) || stem.word.length < 2 || stem.word.length > 3) continue;
    const name = stem.word + trade.word;
    const called = gluedCall || CALLED.test(text.slice(Math.max(0, stem.start - 4), stem.start));
    if (!known.has(name)) {
      const after = text.slice(trade.end, trade.end + 40);
      const invests = INVESTS.test(after);
      const named = (m: RegExpExecArray | null) => m !== null && surnames(lexicon).has(text[trade.end + m[0].length]);
      const staffNamed = named(STAFF_AFTER.exec(after)) || named(OFFICER_AFTER.exec(after));
      const before = text.slice(Math.max(0, stem.start - 6), stem.start);
      const founded = FOUNDED.test(after) || FOUNDED_BEFORE.test(before) || FOUNDED_BY_AFTER.test(after);
      // Cues only a company answers to name it whatever the tagger made of the stem (面壁/n, 前沿/s, 深蓝/b, 启明/v).
      const companyOnly = called || founded || staffNamed || FUNDED.test(after) || PRODUCT_AFTER.test(after) || invests;
      if (!STEM_TAGS.has(stem.tag) && !(companyOnly && !NEVER_STEM_TAGS.has(stem.tag))) continue;
      if (pair && !companyOnly) continue;
      // 开源AI的负责人, 生成式AI的负责人: before a Latin trade word (AI) a common word is a kind of AI, not a name.
      if (!pair && !HAN_ONLY.test(trade.word) && !STEM_TAGS.has(stem.tag)) continue;
      // 美国科技公司, 中国人工智能公司: a known place or word before the trade word makes a kind of company, not one.
      if (lexicon.matcher.lookup(stem.word).length > 0) continue;
      const hint = suffixCue(text, trade.end, lexicon.cues.suffix);
      const kindOrFounder = STEM_TAGS.has(stem.tag) && (KIND_BEFORE.test(before) || FOUNDER_AFTER.test(after));
      if (!companyOnly && !invests && !kindOrFounder && !JOINED_BEFORE.test(before) && !(hint && hint.rule.type === 'organization' && !hint.rule.include)) continue;
    }
    out.push({ start: stem.start, end: trade.end, type: 'organization', canonical: null, source: 'discovery', reason, priority: 1 });
  }
  return [...out, ...discoverLeadInvestors(text, tokens), ...discoverFoundedNames(text, tokens, lexicon, known), ...discoverFinancialFirms(tokens, lexicon), ...discoverRegisteredNames(text, tokens, lexicon), ...discoverPurchasedNames(text, tokens, lexicon)];
}

/** Tags of the words of a company bought (埃及/ns 开罗/nz 尼罗/nrt 纺织/n 公司/n): nouns and names, no pronoun or number. */
const PURCHASED_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'nrt', 'j', 'x', 'vn']);
const PURCHASE_WORDS = new Set(['收购', '并购', '全资收购']);
const PURCHASED_REASON = 'the whole object of a completed purchase (完成了对埃及开罗尼罗纺织公司的收购), a country before it left out, is a company';

/**
 * "完成了对X的收购": X, the Han words between 对 and 的收购 (up to six), is the company bought, when it is not already a
 * name the lexicon knows, a country alone or a kind (一家工厂, 它, 30%股权 stop it). A look ahead of a few tokens per 对.
 */
function discoverPurchasedNames(text: string, tokens: Token[], lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].word !== '对') continue;
    const verb = tokens[k - 1].word === '了' ? tokens[k - 2] : tokens[k - 1];
    if (verb?.word !== '完成') continue;
    let end = k + 1;
    while (end < tokens.length && end - k <= 6 && PURCHASED_TAGS.has(tokens[end].tag) && HAN_ONLY.test(tokens[end].word) && tokens[end].start === tokens[end - 1].end) end++;
    if (tokens[end]?.word !== '的' || !PURCHASE_WORDS.has(tokens[end + 1]?.word ?? '')) continue;
    let first = k + 1;
    // 埃及/ns 开罗尼罗纺织公司: the country the company is in is no part of its name.
    if (end - first >= 2 && lexicon.matcher.lookup(tokens[first].word).some((v) => v.value.type === 'place' && v.alias === tokens[first].word)) first++;
    if (end - first < 2) continue;
    const name = text.slice(tokens[first].start, tokens[end - 1].end);
    if (name.length < 4 || name.length > 14 || isGenericKind(name) || lexicon.matcher.lookup(name).length > 0) continue;
    out.push({ start: tokens[first].start, end: tokens[end - 1].end, type: 'organization', canonical: null, source: 'discovery', reason: PURCHASED_REASON, priority: 1 });
  }
  return out;
}

/** Tags of the words of a registered company name (合肥市/ns 建设/vn 投资/vn 控股/v （集团）有限公司). */
const REGISTERED_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'nrt', 'j', 'x', 'vn', 'eng', 'l']);
const REGISTERED_VERBS = new Set(['控股', '投资', '发展', '建设', '实业', '科技']);
const REGISTERED_BRACKETS = new Set(['（', '）', '(', ')']);

/** "，也就是大家常说的合肥建投，", "（简称合肥建投）": a short form written as a gloss right after a registered name. */
const SHORT_FORM_GLOSS = /^\s*[，,（(]\s*(?:也就是|即|简称|以下简称|俗称)(?:大家|我们|人们)?(?:常说|常讲|通常说|所说|说)?的?\s*[“"]?(\p{Script=Han}{2,6})(?=[”"]?\s*[，,。；;）)])/u;
const SHORT_FORM_GLOSS_REASON = 'a short form glossing a registered name right after it (…有限公司，也就是大家常说的合肥建投) is that company';

/**
 * "合肥市建设投资控股（集团）有限公司", "杭州云栖科技有限公司": a registered name, a place word first and 有限公司 (有限责任公司)
 * last, is an organisation, and so is one opening with an unknown name and a trade word (青禾科技股份有限公司); one holding a company the lexicon knows (深圳市腾讯计算机系统有限公司) is left to that company.
 * A look back of a few tokens per 公司.
 */
function discoverRegisteredNames(text: string, tokens: Token[], lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const last = tokens[k].word;
    if (last !== '有限公司' && !(last === '公司' && tokens[k - 1].word.endsWith('有限责任'))) continue;
    let first = k;
    while (first > 0 && k - first < 10 && tokens[first - 1].end === tokens[first].start) {
      const t = tokens[first - 1];
      const fits = REGISTERED_BRACKETS.has(t.word) || (HAN_ONLY.test(t.word) && (REGISTERED_TAGS.has(t.tag) || REGISTERED_VERBS.has(t.word)));
      if (!fits) break;
      first--;
    }
    const walked = first;
    while (first < k && tokens[first].tag !== 'ns') first++;
    // 青禾/x 科技股份/n 有限公司, 星澜/x 生物医药/n 股份/n 有限公司: no place first, but an unknown name and a trade word.
    if (first >= k - 1) first = unknownStemFirst(tokens, walked, k, lexicon.cues.zhCompanyWords.words);
    if (first >= k - 1) continue;
    const pieces = tokens.slice(first, k + 1);
    if (pieces.filter((t) => REGISTERED_BRACKETS.has(t.word)).length % 2 !== 0) continue;
    let known = false;
    for (let i = 1; i < pieces.length - 1 && !known; i++) {
      for (let j = i; j < pieces.length - 1 && !known; j++) {
        const name = text.slice(pieces[i].start, pieces[j].end);
        known = lexicon.matcher.lookup(name).some((v) => v.value.type === 'organization');
      }
    }
    if (known) continue;
    const reason = 'a registered name, a place word (or an unknown name and a trade word) first and 有限公司 last, is an organisation (合肥市建设投资控股（集团）有限公司, 青禾科技股份有限公司)';
    out.push({ start: pieces[0].start, end: tokens[k].end, type: 'organization', canonical: null, source: 'discovery', reason, priority: 1 });
    // "…有限公司，也就是大家常说的合肥建投，": the short form the speaker glosses it with is the same company.
    const gloss = SHORT_FORM_GLOSS.exec(text.slice(tokens[k].end, tokens[k].end + 24));
    if (gloss) {
      const start = tokens[k].end + gloss[0].length - gloss[1].length;
      out.push({ start, end: start + gloss[1].length, type: 'organization', canonical: text.slice(pieces[0].start, tokens[k].end), source: 'discovery', reason: SHORT_FORM_GLOSS_REASON, priority: 1 });
    }
  }
  return out;
}

/** Tags of a registered name's own stem when no place opens it (青禾/x, 星澜/x). */
const REGISTERED_STEM_TAGS = new Set(['x', 'nz', 'j', 'nrt']);

/**
 * The first token of "青禾科技股份有限公司" among tokens[from..k): an unknown name of two or three characters right
 * before a trade word (科技, 生物…, cues zhCompanyWords) opening the next token; else k (none).
 */
function unknownStemFirst(tokens: Token[], from: number, k: number, trades: readonly string[]): number {
  for (let i = from; i + 1 < k; i++) {
    const t = tokens[i];
    if (!REGISTERED_STEM_TAGS.has(t.tag) || t.word.length < 2 || t.word.length > 3 || !HAN_ONLY.test(t.word)) continue;
    if (trades.some((w) => tokens[i + 1].word.startsWith(w))) return i;
  }
  return k;
}

/** Last characters of commodities traded as futures (碳酸锂, 螺纹钢, 铁矿石, 棕榈油, 动力煤). */
const COMMODITY_ENDINGS = new Set([...'锂铜铝锌镍锡钴铅铁钢煤油气棉糖豆粕金银石']);

/** Tags of such a firm's name before the word: proper nouns and unknown words, not places (香港证券) or common nouns (互联网证券). */
const FIRM_STEM_TAGS = new Set(['nz', 'nt', 'j', 'x', 'nr', 'nrt']);

/** Words after 证券 that make it a trade or a market of a region (西南证券行业), not a broker. */
const BROKER_TRADE_WORDS = new Set(['行业', '市场', '业务', '监管', '投资', '账户', '从业', '交易', '法', '法规', '机构', '板块']);

/**
 * "东吴证券的分析师": brokers are named after old regions (东吴, 长江, 西南, 华西, 东北) the tagger calls places; two such
 * characters right before 证券 are a broker when the lexicon has no place of that name (香港, 深圳 stay markets; the
 * length and lexicon checks follow in the caller) and no trade word follows (西南证券行业).
 */
function isRegionalBrokerStem(stem: Token, word: Token, next: Token | undefined): boolean {
  if (stem.tag !== 'ns' || word.word !== '证券' || stem.word.length !== 2) return false;
  return !(next && next.start === word.end && BROKER_TRADE_WORDS.has(next.word));
}

/**
 * "之前在光大证券工作过": a proper noun (光大/j, 华泰/nz, 泰康/x) right before 证券, 期货, 信托 or 保险 written as a word
 * of its own is a financial firm, no cue needed (证券市场, 证券交易 are other words of the tagger).
 */
function discoverFinancialFirms(tokens: Token[], lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const stem = tokens[k - 1];
    if (!FINANCIAL_FIRM_WORDS.has(tokens[k].word) || stem.end !== tokens[k].start) continue;
    if (!FIRM_STEM_TAGS.has(stem.tag) && !isRegionalBrokerStem(stem, tokens[k], tokens[k + 1])) continue;
    if (!HAN_ONLY.test(stem.word) || stem.word.length < 2 || stem.word.length > 4 || lexicon.matcher.lookup(stem.word).some((v) => v.value.type === 'place')) continue;
    // 碳酸锂期货, 螺纹钢期货, 铁矿石期货: a commodity of three or more characters before 期货 is a contract, not a broker.
    if (tokens[k].word === '期货' && stem.word.length >= 3 && COMMODITY_ENDINGS.has(stem.word[stem.word.length - 1])) continue;
    const reason = `a proper noun before ${tokens[k].word} names a financial firm (光大证券, 泰康保险)`;
    out.push({ start: stem.start, end: tokens[k].end, type: 'organization', canonical: null, source: 'discovery', reason, priority: 1 });
  }
  return out;
}

/** Why a founded name is a company; mentions.ts finds such a name again wherever the document repeats it. */
export const FOUNDED_NAME_REASON = 'the name a founding verb takes as its whole object (在深圳创办了游戏科学。), or one written right after 合资公司 or 子公司 (成立了合资公司零跑国际。), is a company; the name is then found wherever the text repeats it';
/** Kinds of company a name may directly follow as its apposition (合资公司零跑国际, 子公司星河智造). */
const VENTURE_KINDS = new Set(['合资公司', '子公司', '合资企业', '全资子公司']);
/** Founding verbs whose object is a company (成立/创建 take committees and databases too). */
const FOUNDING_VERBS = new Set(['创办', '创立', '联合创办', '联合创立', '共同创办', '共同创立']);
/** Tags of the words of a founded name: nouns and names (游戏/n 科学/n, 蓝色/n 光标/n); one unknown word alone (米哈游/x). */
const FOUNDED_PIECE_TAGS = new Set(['n', 'nz', 'nt', 'nr', 'nrt', 'ns', 'j', 'x', 'vn']);
const FOUNDED_ALONE_TAGS = new Set(['nz', 'nt', 'nrt', 'x', 'j']);
/** Kinds of a thing founded, not a name (创办了游戏公司, 创立了个人品牌, 成立了专家委员会). */
const FOUNDED_KINDS = /(?:公司|企业|集团|品牌|团队|工作室|实验室|研究院|研究所|委员会|协会|学会|学校|学院|基金|项目|课程|平台|社区|组织|机构|部门|节目|栏目|频道|账号|工厂|门店|业务|标准|理论|学派|框架)$/;
const CLAUSE_END = /^(?:$|[，,。；;！？!?、）)\s])/;
/** A company's own act right after a name that follows 子公司 or 合资公司 (子公司四川时代入股了洛阳钼业): the name ends there. */
const VENTURE_ACTS = new Set(['入股', '收购', '投资', '持有', '控股', '参股', '负责', '运营', '生产', '建设', '成立于', '位于']);

/**
 * "在深圳创办了游戏科学。": the whole object of a founding verb, up to a clause's end, is a company when it is one to
 * three nouns or names (not a kind: 游戏公司, 个人品牌); with `known`, each place the text writes such a name again.
 */
function discoverFoundedNames(text: string, tokens: Token[], lexicon: Lexicon, known: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const reason = FOUNDED_NAME_REASON;
  for (let k = 0; k < tokens.length; k++) {
    let j = k + 1;
    if (FOUNDING_VERBS.has(tokens[k].word)) {
      if (tokens[j]?.word === '了') j++;
    } else {
      // 合资/vn 公司/n or 子公司/n written right before the name (成立了合资公司零跑国际).
      const glued = tokens[k].word === '合资' && tokens[j]?.word === '公司' && tokens[j].start === tokens[k].end;
      if (glued) j++;
      if (!VENTURE_KINDS.has(glued ? '合资公司' : tokens[k].word) || tokens[j]?.start !== tokens[j - 1].end) continue;
    }
    let end = j;
    while (end < tokens.length && end - j < 3 && FOUNDED_PIECE_TAGS.has(tokens[end].tag) && HAN_ONLY.test(tokens[end].word) && tokens[end].start === tokens[end - 1].end) end++;
    // …and, before its act, only a name that opens with a proper name (四川/ns 时代; not 财务/n 总监 负责).
    const actAfter = !FOUNDING_VERBS.has(tokens[k].word) && FOUNDED_ALONE_TAGS.has(tokens[j].tag === 'ns' ? 'nz' : tokens[j].tag) && tokens[end]?.start === tokens[end - 1]?.end && VENTURE_ACTS.has(tokens[end]?.word);
    if (end === j || !(CLAUSE_END.test(text.slice(tokens[end - 1].end, tokens[end - 1].end + 1)) || actAfter)) continue;
    if (end - j === 1 && !FOUNDED_ALONE_TAGS.has(tokens[j].tag)) continue;
    const start = tokens[j].start;
    const stop = tokens[end - 1].end;
    const name = text.slice(start, stop);
    if (name.length < 3 || name.length > 6 || FOUNDED_KINDS.test(name) || lexicon.matcher.lookup(name).length > 0) continue;
    out.push({ start, end: stop, type: 'organization', canonical: null, source: 'discovery', reason, priority: 1 });
  }
  if (known.size === 0) return out;
  // The name written again (游戏科学开发的《黑神话》), where the tagger's words begin and end with it.
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  for (const name of known) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (starts.has(at) && ends.has(at + name.length)) out.push({ start: at, end: at + name.length, type: 'organization', canonical: null, source: 'discovery', reason, priority: 1 });
    }
  }
  return out;
}

/** The verbs of a funding round's investors (after the tagger is taught them: extract/data/tagger.json). */
const ROUND_VERBS = new Set(['领投', '联合领投', '跟投', '参投', '加注', '追投']);
/** Words between the list of investors and the verb: 继续加注, 共同领投, 也都跟投. */
const ROUND_ADVERBS = new Set(['继续', '持续', '共同', '一起', '也', '都', '均', '再次']);
/** What opens a list of investors: 由 (本轮由A和B联合领投), or the shareholders it names (老股东A、B继续加注). */
const LIST_OPENERS = new Set(['由', '股东', '老股东', '原股东', '新股东', '投资方']);
const LIST_SEPARATORS = new Set(['、', '和', '与', '及', '以及']);
/** Tags of a name's pieces (杭州/ns 云栖/x, 红杉/nr 中国/ns, 明势/x 资本/n); one must be a name's. */
const INVESTOR_PIECE_TAGS = new Set([...STEM_TAGS, 'eng', 'n']);
const INVESTOR_NAME_TAGS = new Set([...STEM_TAGS, 'eng']);
const PIECE = /^[\p{Script=Han}A-Za-z0-9]+$/u;
const isPiece = (t: Token) => INVESTOR_PIECE_TAGS.has(t.tag) && PIECE.test(t.word) && !LIST_OPENERS.has(t.word);

/**
 * "本轮由杭州云栖领投", "由杭州云栖和峰瑞资本联合领投", "老股东奇绩创坛、云启资本继续加注": each name of a list that 由 or
 * the shareholders open and a round verb closes (one to three pieces, one tagged as a name) is an investor, an
 * organisation; so is each of "获得了上海国投和珠海华发的投资" (获得/拿到/得到 open it, 的 and an investment close it).
 * A pronoun or a common noun alone (由他们领投, 由政府领投, 获得了国家的投资) is none. A look back of a few tokens per verb.
 */
function discoverLeadInvestors(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const received = investmentReceived(tokens, k);
    if (!ROUND_VERBS.has(tokens[k].word) && !received) continue;
    let j = k - 1;
    while (j >= 0 && ROUND_ADVERBS.has(tokens[j].word)) j--;
    const items: Token[][] = [];
    let opened = false;
    // Items right to left: a run of name pieces, then a separator (another item) or the opener (done).
    while (j >= 0 && items.length < 6) {
      let first = j + 1;
      while (first > 0 && j + 1 - first < 3 && isPiece(tokens[first - 1]) && tokens[first - 1].end === tokens[first].start) first--;
      if (first > j) break;
      items.push(tokens.slice(first, j + 1));
      const before = tokens[first - 1];
      if (before && (received ? receivedOpener(tokens, first - 1) : LIST_OPENERS.has(before.word))) opened = true;
      if (!before || !LIST_SEPARATORS.has(before.word)) break;
      j = first - 2;
    }
    if (!opened) continue;
    for (const pieces of items) {
      const start = pieces[0].start;
      const end = pieces[pieces.length - 1].end;
      if (end - start < 2 || end - start > 10 || !pieces.some((t) => INVESTOR_NAME_TAGS.has(t.tag))) continue;
      const reason = `a name of the investors that 由 or the shareholders open and ${tokens[k].word} closes is an investor, an organisation (本轮由杭州云栖领投)`;
      out.push({ start, end, type: 'organization', canonical: null, source: 'discovery', reason, priority: 1 });
    }
  }
  return out;
}

/** Kinds of investment between 的 and 投资 (获得了A的战略投资). */
const INVESTMENT_KINDS = new Set(['战略', '天使', '天使轮', '早期', '股权', '数亿元', '亿元']);
const RECEIVING_VERBS = new Set(['获得', '拿到', '得到', '获']);

/** tokens[k] is the 的 of "获得了A和B的（战略）投资". */
function investmentReceived(tokens: Token[], k: number): boolean {
  if (tokens[k].word !== '的') return false;
  const next = INVESTMENT_KINDS.has(tokens[k + 1]?.word ?? '') ? tokens[k + 2] : tokens[k + 1];
  return next?.word === '投资' || next?.word === '注资';
}

/** tokens[i] opens the investors of "获得了A和B的投资": 获得 (拿到, 得到), with or without 了. */
function receivedOpener(tokens: Token[], i: number): boolean {
  return RECEIVING_VERBS.has(tokens[i].word) || (tokens[i].word === '了' && i > 0 && RECEIVING_VERBS.has(tokens[i - 1].word));
}

/**
 * The stem ending at tokens[k]: the token itself, or two single characters the tagger cut a name into (云/ns 岫/ns
 * 科技), both tagged as names, taken as one unknown word.
 */
function stemBefore(tokens: Token[], k: number): Token {
  const t = tokens[k];
  const p = tokens[k - 1];
  if (t.word.length !== 1 || !p || p.word.length !== 1 || p.end !== t.start || !STEM_TAGS.has(t.tag) || !STEM_TAGS.has(p.tag) || !HAN_ONLY.test(p.word + t.word)) return t;
  return { word: p.word + t.word, tag: 'x', start: p.start, end: t.end };
}

/**
 * Two single characters before tokens[k + 1] (听/v 澜/ns), neither a function word, the second a name's: the pair
 * as one word tagged as its first character is, or null.
 */
function pairBefore(tokens: Token[], k: number): Token | null {
  const t = tokens[k];
  const p = tokens[k - 1];
  if (!p || p.word.length !== 1 || p.end !== t.start || !STEM_TAGS.has(t.tag) || NEVER_STEM_TAGS.has(p.tag) || !HAN_ONLY.test(p.word + t.word)) return null;
  return { word: p.word + t.word, tag: p.tag, start: p.start, end: t.end };
}

const surnameSets = new WeakMap<Lexicon, Set<string>>();
function surnames(lexicon: Lexicon): Set<string> {
  let set = surnameSets.get(lexicon);
  if (!set) surnameSets.set(lexicon, (set = new Set(lexicon.cues.zhSurnames.words)));
  return set;
}
