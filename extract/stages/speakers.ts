// Stage 3, speakers: every speaker label resolved to one person, and the segments numbered as turns.
// Pure. Role words resolve to the person named with them (主持人Melissa Koide → later 主持人 is Melissa Koide);
// a byline names a bare host (采访：程曼祺, Interview by Jane Doe); first names resolve to full names; an unnamed host
// is one "主持人 (host)" speaker per document.
import type { Turn } from '../../src/model.ts';
import { entityKey, guestKey, hostKey, turnId } from '../keys.ts';
import { allMatches, escapeRegex } from '../regex.ts';
import type { Diagnostic, SegmentedDocument, Speaker, TurnedDocument } from '../types.ts';
import { baseOf, formalSurname } from './segment/labels.ts';
import { expandFirstName, expandSurname, findIntroductions, isHanName, isTitle, LATIN_FULL_NAME, LATIN_FULL_NAME_SOURCE, splitTitles, tidyName, withoutTitles, type Introduction } from './segment/names.ts';
import { askerName, officeHolderName, roleOf, type LabelRole } from './segment/roles.ts';
import { knownFirstName } from '../compromise.ts';
import { segmentRules, type Role, type SegmentRules } from './segment/rules.ts';

export { guestKey } from '../keys.ts';

/** Full names in Latin script, anywhere in a text (LATIN_FULL_NAME_SOURCE between word boundaries). */
const FULL_NAMES = new RegExp(`(?<![\\p{L}\\p{M}'’.-])${LATIN_FULL_NAME_SOURCE}(?![\\p{L}\\p{M}])`, 'gu');

/**
 * "Speaker 2", "发言人1", "Student 3", "S1", "SPEAKER_00" (a diarizer's output), "Speaker A", "发言人B", and the Chinese
 * placeholders 甲, 乙, 丙, 丁: no one in particular.
 */
const NUMBERED_SPEAKER =
  /^(?:[\p{L} ]{1,20}?[\s_]?\d{1,2}|[甲乙丙丁]|\p{Script=Han}{2,6}\s?[A-Z]|(?:speaker|participant|person|voice|interviewee|respondent|caller|attendee|panelist|panellist|guest|host|audience member|student)\s[A-Z])$/iu;
/** Labels that name no one ("Q", "A", "问", "答", any single letter): never an alias of the person behind them. */
const NAMELESS_LABEL = /^(?:\p{Script=Latin}|问|答)$/u;
const aliasOf = (label: string): string[] => (NAMELESS_LABEL.test(label.trim()) ? [] : [label]);
const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

interface Person {
  name: string;
  role: Role | null;
  aliases: string[];
}

/**
 * The canonical name of a person the lexicon knows by this full name ("黄仁勋" → "Jensen Huang"), or null: a speaker
 * labelled in one language is the same node as the person named in another.
 */
export type KnownPerson = (name: string) => string | null;

export function resolveSpeakers(doc: SegmentedDocument, rules: SegmentRules = segmentRules(), knownPerson: KnownPerson = () => null): TurnedDocument {
  const docId = doc.document.id;
  const diagnostics: Diagnostic[] = [...doc.diagnostics];
  const turnSegments = doc.segments.filter((s) => s.kind === 'turn' && s.speakerLabel);
  const labels = [...new Set(turnSegments.map((s) => s.speakerLabel!))];
  const formalLabels = new Set(labels.filter((l) => formalSurname(l) !== null));
  /** Each label's first two turns: where a speaker says who they are. */
  const firstTurns = new Map<string, string[]>();
  for (const t of turnSegments) {
    const texts = firstTurns.get(t.speakerLabel!) ?? [];
    if (texts.length < 2) firstTurns.set(t.speakerLabel!, [...texts, t.text]);
  }
  const openingWords = (label: string): string => (firstTurns.get(label) ?? []).join('\n');
  const roles = new Map<string, LabelRole | null>(labels.map((l) => [l, roleOf(l, rules)]));
  const texts = doc.segments.filter((s) => s.kind !== 'boilerplate').map((s) => s.text);
  const introTexts = [...doc.segments.filter((s) => s.kind === 'narration').map((s) => s.text), ...turnSegments.slice(0, 4).map((s) => s.text)];
  /** The narration before the first turn: a record's header, where the chair of the sitting is named. */
  const opened = doc.segments.findIndex((s) => s.kind === 'turn');
  const headerTexts = doc.segments.slice(0, opened < 0 ? 0 : opened).filter((s) => s.kind === 'narration').map((s) => s.text);
  // The title comes last: "对话张三：…" / "An interview with Jane Doe" names the guest when nothing else does.
  const titleRules = rules.introductions.filter((r) => r.title);
  // Bylines come after both ("采访：程曼祺", "Interview by Jane Doe"): the interviewer, when no one else names the host.
  const bylines = findBylines(doc.segments, rules);
  const byline = new Set(bylines.map((b) => b.name));
  // Names written in labels, full names first so that first names can expand to them.
  const labelNames = labels.map((l) => {
    const role = roles.get(l);
    const name = role ? role.name : (askerName(l, rules) ?? officeHolderName(l) ?? baseOf(l));
    return name && withoutTitles(name, rules.nameTitles);
  });
  const speaking = new Set(labelNames.filter((n): n is string => !!n));
  const intros = [...findIntroductions(introTexts, rules, undefined, speaking), ...findIntroductions([doc.document.title], rules, titleRules, speaking)]
    .filter((i) => !(i.role === 'guest' && byline.has(i.name))) // "采访：程曼祺" credits the interviewer, not a guest
    .concat(bylines);
  // "Questions by COUNSEL TO THE INQUIRY", "Questions by MR FAIRLIE" over an inquiry's Q. questions: the one examiner the
  // record names asks them.
  const examiners = examinersOf(texts, rules);
  if (examiners.length === 1) intros.push({ role: 'host', name: examiners[0], reason: 'the one examiner a record names over its Q. questions' });
  // "MS. ALBRECHT:" is a title and a surname, no full name to expand others to ("Ms. Albrecht" stands for Denise Albrecht).
  const labelled = [...new Set(labelNames.filter((n): n is string => !!n && n.includes(' ')).map(titleCase))].filter((n) => !titledSurname(n, rules.nameTitles));
  const known = [...new Set([...labelled, ...intros.map((i) => i.name)])];
  const hanLabelNames = labelNames.filter((n): n is string => !!n && isHanName(n, rules));
  const bySurname = new Map<string, string[]>();
  for (const name of labelled) {
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  const shortFor = designations(introTexts, rules);
  const canonical = (written: string, surname = false): string => {
    // "极氪副总裁林杰（以下简称“林”）" then "林：": the short form the introduction gives is that person.
    const designated = shortFor.get(written);
    if (designated) return designated;
    const name = titleCase(written);
    // "Dr Marsh:", "Professor Mehta:": a title and a surname, the full name the intro gives ("Dr Helen Marsh").
    const surnameAfterTitle = titledSurname(name, rules.nameTitles);
    if (surnameAfterTitle) {
      const untitled = known.filter((k) => k !== name && !titledSurname(k, rules.nameTitles));
      return expandSurname(surnameAfterTitle, untitled, texts, rules.nameTitles, true) ?? officeHolder(name, texts, rules.nameTitles) ?? name;
    }
    if (!name.includes(' ') && !hasHan(name)) {
      // "ROSS:" where another label reads "KEELY ROSS, ANCHOR:" is her, even though Ross is also a first name.
      const speaker = written !== name ? (bySurname.get(name) ?? []) : [];
      if (speaker.length === 1) return speaker[0];
      if (surname) return expandSurname(name, known, texts, rules.nameTitles, true) ?? name;
      return expandFirstName(name, known, texts) ?? expandSurname(name, known, texts, rules.nameTitles) ?? name;
    }
    // "赵总：", "王老师：": a surname and an honorific, the one person of that surname the intro or a label names.
    const honoured = honouredSurname(name, rules);
    if (honoured) {
      const full = [...new Set([...known, ...hanLabelNames])].filter((k) => k.startsWith(honoured) && isHanName(k, rules) && !honouredSurname(k, rules));
      if (full.length === 1) return full[0];
    }
    // "CITY MANAGER TSE:" where the text writes "City Manager Howard Tse": the full name held in that office.
    const holder = officeHolder(name, texts, rules.nameTitles);
    if (holder) return holder;
    const longer = known.find((k) => k !== name && k.endsWith(' ' + name)); // "Altman" → "Sam Altman"
    return longer ?? name;
  };

  const people = new Map<string, Person>();
  const labelKey = new Map<string, string>();
  const glossed = latinGlosses(labelNames, [...introTexts, doc.document.title]);
  const initialled = spelledInitials(labelNames, [...introTexts, doc.document.title], rules.nameTitles);
  const addPerson = (written: string, role: Role | null, alias: string[]): string => {
    const known = knownPerson(written) ?? glossed.get(written) ?? null;
    const name = known ?? written;
    if (known && known !== written) alias = [...alias, written];
    // "Speaker 1" in one transcript is nobody in particular: its node stays in its document.
    const key = NUMBERED_SPEAKER.test(name) ? `${entityKey(name)}@${docId}` : entityKey(name);
    const person = people.get(key) ?? { name, role: null, aliases: [] };
    if (name.length > person.name.length) person.name = name;
    person.role ??= role;
    for (const a of alias) if (a && !person.aliases.includes(a)) person.aliases.push(a);
    people.set(key, person);
    return key;
  };

  // "Speaker 1: Today I'm talking with Dana Ruiz, …" / "Speaker 2: Thanks.": of two numbered speakers, the one the
  // other welcomes by name in their first turn is that guest.
  // Every rule read as a list here, so "joined by Dana Ruiz and Omar Haddad" welcomes two: no telling who speaks.
  const numberedPair = labels.length === 2 && labelNames.every((n) => n && NUMBERED_SPEAKER.test(n));
  const welcoming = rules.introductions.filter((r) => r.role === 'guest' && !r.title).map((r) => ({ ...r, list: true }));
  const welcomedBy = (label: string): string | null => {
    const names = new Set(findIntroductions([firstTurns.get(label)?.[0] ?? ''], rules, welcoming).map((i) => canonical(i.name)));
    return names.size === 1 ? [...names][0] : null;
  };

  // 1. Labels that carry a name ("主持人Melissa Koide", "Sam Altman（OpenAI CEO）", "Daniel").
  labels.forEach((label, i) => {
    const name = labelNames[i];
    if (!name) return;
    const role = roles.get(label);
    const surname = formalLabels.has(label); // "Professor MARCUS": MARCUS is a surname, whatever else it can be
    // "发言人2：大家好，我是张鹏" / "Speaker 2: Hi, I'm Jane Doe": a numbered speaker of a speech-to-text export who
    // says who they are is that person.
    const self = NUMBERED_SPEAKER.test(name) ? selfNamed(openingWords(label), rules)[0] : undefined;
    if (self && !labelNames.includes(self)) {
      labelKey.set(label, addPerson(canonical(self), role?.role ?? null, [label]));
      diagnostics.push({ level: 'info', document: docId, message: `speaker label "${label}" resolved to ${canonical(self)}, who introduces themselves` });
      return;
    }
    const other = labels[1 - i];
    const welcomed = numberedPair && !self ? welcomedBy(other) : null;
    if (welcomed && !welcomedBy(label)) {
      labelKey.set(label, addPerson(welcomed, 'guest', [label]));
      diagnostics.push({ level: 'info', document: docId, message: `speaker label "${label}" resolved to ${welcomed}, whom "${other}" welcomes` });
      return;
    }
    // "THE CHAIR:" under "Before: SIR MALCOLM TREVITHICK (Chair of the Inquiry)": the one chair the header names.
    const chair = !role && CHAIR_LABEL.test(name) ? chairOf(headerTexts, rules) : null;
    if (chair) {
      // "Good morning, Chair.": the post as the others address its holder is a name of theirs too. The chair presides,
      // as "Chair:" of a committee record does: a host, never a guest the header introduces.
      labelKey.set(label, addPerson(canonical(chair), 'host', [label, titleCase(name).replace(/^(?:The|Madam|Madame|Mr\.?) /, '')]));
      diagnostics.push({ level: 'info', document: docId, message: `speaker label "${label}" resolved to ${canonical(chair)}, whom the header names as chair` });
      return;
    }
    const spelled = initialled.get(name); // "DO:" after "David Olsen (DO)"
    labelKey.set(label, addPerson(spelled ?? canonical(name, surname), role?.role ?? null, [label, name]));
  });
  // "发言人1（张昌武，蓝箭航天董事长）：" once, then "发言人1：": the bare number is the person its first label named.
  labels.forEach((label, i) => {
    const name = labelNames[i];
    if (!name || !NUMBERED_SPEAKER.test(name) || label !== name) return;
    const named = labels.filter((l) => l !== label && /^[（(]/u.test(l.slice(label.length).trimStart()) && l.startsWith(label) && labelKey.has(l));
    const keys = new Set(named.map((l) => labelKey.get(l)!));
    if (keys.size !== 1) return;
    const [key] = keys;
    const own = labelKey.get(label);
    if (own === key) return;
    labelKey.set(label, key);
    const person = people.get(key)!;
    if (!person.aliases.includes(label)) person.aliases.push(label);
    if (own && ![...labelKey.values()].includes(own)) people.delete(own);
    diagnostics.push({ level: 'info', document: docId, message: `speaker label "${label}" resolved to ${person.name}, whom "${named[0]}" names` });
  });
  // "蒋总，宁德时代去年…" then "说话人3：我们的骐骥换电…": a numbered speaker of a speech-to-text export whom the turns
  // before theirs call on by surname and honorific is the one person of that surname the header's attendees or
  // introductions name; whoever calls on two or more of them hosts.
  const attendees = [...new Set([...known, ...hanLabelNames].filter((n) => isHanName(n, rules) && !honouredSurname(n, rules)))];
  const taken = new Set([...labelKey.values()]);
  const callers = new Map<string, Set<string>>();
  labels.forEach((label, i) => {
    const name = labelNames[i];
    const key = labelKey.get(label);
    if (!name || !key || !NUMBERED_SPEAKER.test(name) || people.get(key)?.name !== name) return;
    const called = new Set<string>();
    const handed = new Set<string>();
    let caller: string | undefined;
    turnSegments.forEach((seg, j) => {
      const before = turnSegments[j - 1];
      if (seg.speakerLabel !== label || !before || before.speakerLabel === label) return;
      for (const surname of addressedSurnames(before.text, rules)) called.add(surname);
      const full = handedTo(before.text, rules);
      if (full) handed.add(full);
      caller ??= before.speakerLabel ?? undefined;
    });
    // "下面有请李斌先生。", "下一个问题来自摩根大通的分析师黎念。": the turn before hands the floor to a full name.
    if (handed.size === 1 && caller) {
      const [full] = handed;
      if (taken.has(entityKey(canonical(full))) || labelNames.includes(full)) return;
      const person = addPerson(canonical(full), null, [label]);
      taken.add(person);
      labelKey.set(label, person);
      if (![...labelKey.values()].includes(key)) people.delete(key);
      callers.set(caller, new Set([...(callers.get(caller) ?? []), person]));
      diagnostics.push({ level: 'info', document: docId, message: `speaker label "${label}" resolved to ${people.get(person)!.name}, to whom "${caller}" hands the floor` });
      return;
    }
    if (called.size !== 1 || !caller) return;
    const [surname] = called;
    const full = attendees.filter((n) => n.startsWith(surname) && !rules.surnames.has(n.slice(0, surname.length + 1)));
    if (full.length !== 1 || taken.has(entityKey(canonical(full[0])))) return;
    const person = addPerson(canonical(full[0]), null, [label]);
    taken.add(person);
    labelKey.set(label, person);
    if (![...labelKey.values()].includes(key)) people.delete(key);
    callers.set(caller, new Set([...(callers.get(caller) ?? []), person]));
    diagnostics.push({ level: 'info', document: docId, message: `speaker label "${label}" resolved to ${people.get(person)!.name}, whom "${caller}" calls on by surname` });
  });
  for (const [caller, called] of callers) {
    const person = people.get(labelKey.get(caller) ?? '');
    if (person && called.size >= 2) person.role ??= 'host';
  }
  // 2. Bare role words ("主持人", "Q", "A"): the person named with that role in a label, else the name the
  //    speaker gives in their first turn, else the person the intro names with that role.
  // Only one such person: with two ("Q (Joey Roulette, Reuters)", "Q (Marcia Dunn, AP)"), a bare "MODERATOR" is neither.
  const labelNamed = (role: Role): string[] => {
    const named = new Set(labels.filter((l) => roles.get(l)?.role === role && roles.get(l)?.name).map((l) => people.get(labelKey.get(l)!)!.name));
    return named.size === 1 ? [...named] : [];
  };
  // A lone word in capitals is a surname as records print it ("EXAMINATION BY MS. ALBRECHT" → Denise Albrecht).
  const introNamed = (role: Role): string[] =>
    intros.filter((i) => i.role === role).map((i) => canonical(matchSpeaker(i.name, [...people.values()]) ?? i.name, /^\p{Lu}{2,}$/u.test(i.name)));
  // "李明：…" then "答：…" in one interview: a bare answer mark, when no one else is named as the guest, is the one
  // speaker whose label names them (hosts aside).
  const namedLabels = labels.filter((l) => !roles.get(l) || roles.get(l)!.name);
  const soleNamedGuest = (role: Role): string[] => {
    if (role !== 'guest') return [];
    const named = [...new Set(namedLabels.map((l) => labelKey.get(l)).filter((k): k is string => !!k))].map((k) => people.get(k)!);
    const others = named.filter((p) => p.role !== 'host');
    return others.length === 1 && named.length <= 2 ? [others[0].name] : [];
  };
  // "Nadia Okoro opened Ember & Salt in 2018 … This interview has been edited": a Q&A article's narration before the
  // first question speaks of one person by full name (a first name compromise knows; the byline's writer aside), whose
  // surname the text uses more than once (a photo credit's name stands once): the one who answers.
  const introSubject = (role: Role): string[] => {
    if (role !== 'guest') return [];
    const names = new Set<string>();
    for (const seg of doc.segments) {
      if (seg.kind === 'turn') break;
      if (seg.kind !== 'narration') continue;
      for (const match of seg.text.matchAll(FULL_NAMES)) {
        const name = tidyName(match[0]);
        if (name.includes(' ') && knownFirstName(name.slice(0, name.indexOf(' '))) && !byline.has(name)) names.add(name);
      }
    }
    if (names.size !== 1) return [];
    const [name] = names;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    return texts.reduce((n, text) => n + text.split(surname).length - 1, 0) >= 2 ? [name] : [];
  };
  for (const label of labels) {
    const role = roles.get(label);
    if (!role || role.name) continue;
    const first = firstTurns.get(label)?.[0] ?? '';
    const chair = CHAIR_LABEL.test(baseOf(label)) ? chairOf(headerTexts, rules) : null;
    const [name] = [...(chair ? [canonical(chair)] : []), ...labelNamed(role.role), ...selfNamed(first, rules).map((n) => canonical(n)), ...introNamed(role.role), ...soleNamedGuest(role.role), ...introSubject(role.role)];
    if (name) {
      labelKey.set(label, addPerson(name, role.role, aliasOf(label)));
      diagnostics.push({ level: 'info', document: docId, message: `speaker label "${label}" resolved to ${name}` });
      continue;
    }
    const key = role.role === 'host' ? hostKey(docId) : guestKey(docId);
    const zh = hasHan(label) || doc.document.lang === 'zh'; // "Q" in a Chinese article is still 主持人
    const word = zh ? (role.role === 'host' ? '主持人' : '嘉宾') : role.role === 'host' ? 'Host' : 'Guest';
    const person = people.get(key) ?? { name: `${word} (${role.role})`, role: role.role, aliases: [] };
    for (const a of aliasOf(label)) if (!person.aliases.includes(a)) person.aliases.push(a);
    people.set(key, person);
    labelKey.set(label, key);
  }
  // "Q3 Gavin Newlands:": whoever asks the numbered questions of a committee record is a member, who hosts the witnesses.
  for (const seg of turnSegments) {
    const person = seg.asks ? people.get(labelKey.get(seg.speakerLabel!) ?? '') : undefined;
    if (person) person.role ??= 'host';
  }
  for (const intro of intros) {
    const person = people.get(entityKey(canonical(matchSpeaker(intro.name, [...people.values()]) ?? intro.name)));
    if (person) person.role ??= intro.role;
  }

  // Whoever presents speakers as today's guests in an opening turn ("Today we have A and B", 今天的嘉宾是A和B) hosts.
  const presenting = rules.introductions.filter((r) => r.list);
  for (const seg of turnSegments.slice(0, 4)) {
    const presenter = people.get(labelKey.get(seg.speakerLabel!) ?? '');
    if (!presenter) continue;
    const presented = findIntroductions([seg.text], rules, presenting, speaking).map((i) => matchSpeaker(i.name, [...people.values()]));
    if (presented.some((name) => name && name !== presenter.name)) presenter.role ??= 'host';
  }

  // "**晚点：** 你为什么…": a label naming the outlet the header credits (原创 晚点团队 晚点LatePost), not a person, is
  // the interviewer's. It hosts when no one else does. The header is the title and everything before the first turn,
  // metadata or not ("原创 车界观察 智车前沿 2026年10月12日" may stand as narration; "# 人物专访｜陈冬：…" is the title).
  const beforeTurns = doc.segments.slice(0, Math.max(0, doc.segments.findIndex((seg) => seg.kind === 'turn')));
  const header = [doc.document.title ?? '', ...beforeTurns.map((seg) => seg.text)].join('\n').trim();
  if (header && ![...people.values()].some((p) => p.role === 'host')) {
    const outlets = [...people.values()].filter((p) => p.role === null && p.name.length >= 2 && header.includes(p.name) && !personShaped(p.name, rules));
    if (outlets.length === 1) outlets[0].role = 'host';
  }
  // In a two-person interview with a known host, the other speaker is the guest; with a known guest, the host. Askers
  // from the floor who name themselves ask once and are neither.
  const floor = new Set(turnSegments.filter((s) => s.floor).map((s) => labelKey.get(s.speakerLabel!)));
  const conversing = [...people].filter(([key]) => !floor.has(key)).map(([, p]) => p);
  if (conversing.length === 2) {
    const [a, b] = conversing;
    const other = { host: 'guest', guest: 'host' } as const;
    if (a.role && b.role === null) b.role = other[a.role];
    else if (b.role && a.role === null) a.role = other[b.role];
  }
  // A panel with one known host: a speaker the narration before the first turn names ("主持人刘思琪邀请了三位嘉宾：
  // 容联云CTO赵晨光、…") is a guest, however the intro describes them.
  const hosts = [...people.values()].filter((p) => p.role === 'host');
  const firstTurn = doc.segments.findIndex((s) => s.kind === 'turn');
  const opening = doc.segments.slice(0, Math.max(0, firstTurn)).filter((s) => s.kind === 'narration').map((s) => s.text).join('\n');
  if (hosts.length === 1 && opening) {
    // Under the name or a label of theirs: "冯骥" in the intro is the speaker labelled 冯骥 whom the lexicon calls Feng Ji.
    for (const p of people.values()) if (p.role === null && [p.name, ...p.aliases].some((n) => n.length >= 2 && !NUMBERED_SPEAKER.test(n) && opening.includes(n))) p.role = 'guest';
  }
  // …and a speaker the host names in their first turn ("今天的三位嘉宾分别是宇树科技创始人王兴兴、…", "with me are Jane
  // Doe and …"), under the name or a label of theirs.
  if (hosts.length === 1) {
    const host = [...people].find(([, p]) => p === hosts[0])![0];
    const firstWords = turnSegments.find((t) => labelKey.get(t.speakerLabel!) === host)?.text ?? '';
    for (const p of people.values()) {
      if (p.role !== null) continue;
      if ([p.name, ...p.aliases].some((n) => n.length >= 2 && !NUMBERED_SPEAKER.test(n) && firstWords.includes(n))) p.role = 'guest';
    }
  }
  // …and in such a record whoever never asks is a witness.
  if (turnSegments.some((seg) => seg.asks)) for (const p of people.values()) p.role ??= 'guest';
  // A group interview's outlets asking under their own names (新浪科技：马总，…有变化吗？ 第一财经：…？): a speaker whose
  // label no surname opens and who only asks, others answering, is one of those who host.
  for (const [key, p] of people) {
    if (p.role !== null || personShaped(p.name, rules)) continue;
    const said = turnSegments.filter((seg) => labelKey.get(seg.speakerLabel!) === key).map((seg) => seg.text.trim());
    const answered = turnSegments.some((seg) => labelKey.get(seg.speakerLabel!) !== key);
    if (answered && said.length > 0 && said.every((text) => /[？?]$/u.test(text))) p.role = 'host';
  }
  const turns: Turn[] = doc.segments.map((seg, index) => ({
    id: turnId(docId, index),
    document: docId,
    index,
    kind: seg.kind,
    speaker: seg.kind === 'turn' && seg.speakerLabel ? (labelKey.get(seg.speakerLabel) ?? null) : null,
    speakerLabel: seg.speakerLabel,
    section: seg.section,
    text: seg.text,
  }));
  const speakers: Speaker[] = [...new Set(turns.map((t) => t.speaker).filter((k): k is string => !!k))].map((key) => {
    const p = people.get(key)!;
    return { key, label: p.name, aliases: p.aliases, role: p.role };
  });
  return { document: doc.document, turns, speakers, diagnostics };
}

/**
 * The interviewer named in the bylines: credit lines and narration before the first turn, credit blocks after the
 * last one. 对话：X counts only among other credits (creditsOnly); alone it names the guest.
 */
function findBylines(segments: SegmentedDocument['segments'], rules: SegmentRules): Introduction[] {
  const first = segments.findIndex((s) => s.kind === 'turn');
  const anywhere = rules.bylines.filter((r) => !r.creditsOnly);
  const found: Introduction[] = [];
  segments.forEach((seg, i) => {
    if (seg.kind === 'boilerplate') found.push(...findIntroductions([seg.text], rules, rules.bylines));
    else if (seg.kind === 'narration' && (first < 0 || i < first)) found.push(...findIntroductions([seg.text], rules, anywhere));
  });
  // "EXAMINATION BY MS. ALBRECHT" heading the first turns: the section's name credits who asks.
  const section = first < 0 ? null : segments[first].section;
  if (section) found.push(...findIntroductions([section], rules, anywhere));
  return found;
}

/** A Han name led by a surname (陈维, 欧阳明), or Latin words: a person's name rather than an outlet's (晚点, 36氪). */
function personShaped(name: string, rules: SegmentRules): boolean {
  if (!/\p{Script=Han}/u.test(name)) return true;
  return isHanName(name, rules);
}

/** A label for whoever chairs the sitting: "THE CHAIR", "Chairman", "MADAM CHAIR", "The Chairwoman". */
const CHAIR_LABEL = /^(?:the |madam |madame |mr\.? )?chair(?:man|woman|person)?$/i;
/** A name as a header writes it, in capitals or not ("DAME HELEN ASHWORTH DBE", "Rt Hon Liam Byrne MP"). */
const HEADER_NAME = String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,5})`;
/** A chair's post in brackets or after a comma: "(Chair of the Inquiry)", "(Chairman)", ", Chair of the Committee". */
const CHAIR_POST = String.raw`(?:the )?(?:Chair|Chairman|Chairwoman|Chairperson|CHAIR|CHAIRMAN|CHAIRWOMAN)(?: of [^()（）\n]{1,60})?`;
/**
 * Patterns for where a header names who chairs: "SIR MALCOLM TREVITHICK (Chair of the Inquiry)", "Jane Roe, Chair of
 * the Committee", "Chair: Dame Helen Ashworth", "Chaired by Jane Roe".
 */
const chairNamed = (): RegExp[] => [
  new RegExp(`${HEADER_NAME}\\s*[（(]${CHAIR_POST}[）)]`, 'gu'),
  new RegExp(`${HEADER_NAME}, ${CHAIR_POST}(?=[,.;\\n]|$)`, 'gmu'),
  new RegExp(`(?:^|\\n)[ \\t*_]*(?:Chair|CHAIR|Chairman|CHAIRMAN|Chairwoman|Chairperson)[ \\t*_]*[:：][ \\t*_]*${HEADER_NAME}`, 'gu'),
  new RegExp(`\\b(?:[Cc]haired|CHAIRED) (?:by|BY) ${HEADER_NAME}`, 'gu'),
];
/** chairNamed's patterns, compiled when a document first has a chair's label (a Unicode name pattern is slow to compile). */
let chairPatterns: RegExp[] | null = null;
/** Letters after a name for an honour, a rank or a seat ("DBE", "KC", "MP"), and "Rt Hon" before it: no part of it. */
const POST_NOMINALS = /(?: (?:[DGKCMO]BE|[DKG]?CB|[DKG]?CMG|[DKG]?CVO|LVO|KC|QC|MP|MSP|MS|MLA|PC|FRS|FREng|FBA|FMedSci|JP|DL|Bt|Bart|PhD|MD))+$/;
const HONOURABLE = /^(?:The |THE )?(?:Rt\.? |RT\.? )?(?:Hon\.?|HON\.?) /;

/**
 * The one person the texts name as chair of the sitting, or null when none or several are: what a bare "THE CHAIR:"
 * label stands for in an inquiry's, a committee's or a board's record.
 */
function chairOf(texts: string[], rules: SegmentRules): string | null {
  const found = new Set<string>();
  for (const text of texts) {
    for (const re of (chairPatterns ??= chairNamed())) {
      for (const match of allMatches(re, text.slice(0, 4000))) {
        const name = withoutTitles(tidyName(match[1].replace(POST_NOMINALS, '').replace(HONOURABLE, '')), rules.nameTitles);
        if (LATIN_FULL_NAME.test(name) && knownFirstName(name.slice(0, name.indexOf(' ')))) found.add(name);
      }
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * Pattern for a record's line saying who asks the questions below it: "Questions by MR FAIRLIE" (group 1, a surname), "Questions by
 * COUNSEL TO THE INQUIRY" (group 2, the body counsel appears for), "Examination by Ms Odunsi".
 */
const questionsBy = (): RegExp => /(?:^|\n)[ \t]*(?:QUESTIONS|Questions|QUESTIONED|Questioned|EXAMINATION|Examination) (?:BY|[Bb]y) (?:(?:(?:MR|MS|MRS|MISS|DR|Mr|Ms|Mrs|Miss|Dr)\.? )?(\p{Lu}[\p{L}'’-]+)|(?:COUNSEL|Counsel) (?:TO|to) (?:THE|the) (\p{Lu}\p{L}+))[ \t]*(?=\n|$)/gu;
/** The name that ends a line's text before ", Counsel to the Inquiry" ("MR JONATHAN FAIRLIE KC"). */
const nameAtEnd = (): RegExp => /(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,5})$/u;
/** questionsBy and nameAtEnd, compiled when a text first says who asks (a Unicode name pattern is slow to compile). */
let examinerPatterns: { questions: RegExp; name: RegExp } | null = null;
/** Cheap test for a line naming who asks, before the patterns are compiled. */
const ASKED_BY = /(?:questions|questioned|examination) by /i;

/**
 * The examiners a record names over its Q. questions: a surname as written ("FAIRLIE", expanded later), or the full name
 * of the one person listed as counsel to the body ("MR JONATHAN FAIRLIE KC, Counsel to the Inquiry" → Jonathan Fairlie).
 */
function examinersOf(texts: string[], rules: SegmentRules): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!ASKED_BY.test(text)) continue;
    const patterns = (examinerPatterns ??= { questions: questionsBy(), name: nameAtEnd() });
    for (const match of allMatches(patterns.questions, text)) {
      if (match[1] && !/^(?:COUNSEL|Counsel)$/.test(match[1])) found.add(match[1]);
      if (!match[2]) continue;
      const office = `, counsel to the ${match[2].toLowerCase()}`;
      const counsel = new Set<string>();
      for (const line of texts.flatMap((t) => t.split('\n'))) {
        const at = line.toLowerCase().indexOf(office);
        if (at <= 0) continue;
        const written = patterns.name.exec(line.slice(0, at).replace(POST_NOMINALS, '').trim())?.[1] ?? '';
        const name = withoutTitles(tidyName(written.replace(HONOURABLE, '')), rules.nameTitles);
        if (LATIN_FULL_NAME.test(name) && knownFirstName(name.slice(0, name.indexOf(' ')))) counsel.add(name);
      }
      if (counsel.size === 1) found.add([...counsel][0]);
      else return []; // counsel named by office only: no telling who asks
    }
  }
  return [...found];
}

/** "Moderator: I'm Hannah Kim, …": the name a role-labelled speaker gives themselves in their first turn. */
function selfNamed(text: string, rules: SegmentRules): string[] {
  const head = text.slice(0, 600);
  for (const rule of rules.selfIntroductions) {
    const name = withoutTitles(tidyName(rule.regex.exec(head)?.[1] ?? ''), rules.nameTitles);
    const han = isHanName(name, rules);
    if (han || LATIN_FULL_NAME.test(name)) return [name];
  }
  return [];
}

/** The last word of an office before a name: a title (Director, Commissioner) or a municipal post (City Manager, City Clerk). */
const OFFICE_WORDS = /^(?:Manager|Administrator|Clerk|Attorney|Engineer|Planner|Auditor|Controller|Chief|Member)$/;

/**
 * "City Manager Tse" → "Howard Tse", "Public Works Director Obi" → "Emeka Obi": an office of one to three words and a
 * surname, as meeting records label officials, stand for the one full name the texts write after that same office
 * ("City Manager Howard Tse"); null when none or several do.
 */
function officeHolder(name: string, texts: string[], titles: Set<string>): string | null {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4) return null;
  const surname = words[words.length - 1];
  const last = words[words.length - 2];
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(surname) || !(isTitle(last, titles) || OFFICE_WORDS.test(last))) return null;
  const office = words.slice(0, -1).map(escapeRegex).join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}])${office}\\s+(\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}\\.)?)\\s+${escapeRegex(surname)}(?![\\p{L}\\p{M}])`, 'gu');
  const found = new Set<string>();
  for (const text of texts) for (const match of allMatches(pattern, text)) found.add(`${match[1]} ${surname}`);
  return found.size === 1 ? [...found][0] : null;
}

/** "JANE DOE" → "Jane Doe": names written in capitals (screenplay style) get their usual case. */
function titleCase(name: string): string {
  if (!/^[\p{Lu}\s.'’-]+$/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The speaker an introduced name refers to: "OpenAI CEO Sam Altman" or "Sam" → the speaker "Sam Altman". */
function matchSpeaker(name: string, people: Person[]): string | null {
  const tidy = tidyName(name);
  // "对话刘慈欣" names the speaker labelled 刘慈欣 whom the lexicon calls Liu Cixin: a label is a name of theirs too.
  const hit = people.find((p) => p.name === tidy || tidy.endsWith(' ' + p.name) || p.name.startsWith(tidy + ' ') || p.aliases.includes(tidy));
  return hit ? hit.name : null;
}

/** "（以下简称“林”）", "(hereinafter "Altman")": a short form a text gives a name, the quote marks optional. */
const DESIGNATION = /[（(]\s*(?:以下简称|以下称|下称|简称|hereinafter(?: referred to as)?)\s*[:：]?\s*[“"「『]?([^”"」』）)，,\s]{1,12})[”"」』]?\s*[）)]/gu;
const NAME_BEFORE = new RegExp(`(${LATIN_FULL_NAME_SOURCE})\\s*$`, 'u');

/**
 * Short forms the introduction gives people ("对极氪副总裁林杰（以下简称“林”）进行了专访"): the short form → the full name
 * just before it (a Han name led by a surname, the longest that ends there; or a full name in an alphabet).
 */
function designations(texts: string[], rules: SegmentRules): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const match of allMatches(DESIGNATION, text)) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      let name = NAME_BEFORE.exec(before)?.[1] ?? null;
      for (let length = 4; !name && length >= 2; length--) {
        const tail = before.slice(-length);
        if (tail.length === length && isHanName(tail, rules) && !honouredSurname(tail, rules) && !roleOf(tail, rules)) name = tail;
      }
      const short = match[1];
      if (name && short !== name && !found.has(short)) found.set(short, name);
    }
  }
  return found;
}

const ADDRESS = /(?:^|[。！？!?，,；;]\s*|请)((?:(?!请)\p{Script=Han}){2,6}?)(?=[，,：:]|先|来|说|讲|谈|聊|介绍|补充|开个头|怎么|您)/gu;
/**
 * Surnames a turn calls on by surname and honorific ("蒋总，…", "伍院长，三一这边怎么看？", "先请罗秘书长开个头"): the
 * address opens a sentence, or follows 请 or 有请, and a comma, a question or a verb of speaking comes after it.
 */
function addressedSurnames(text: string, rules: SegmentRules): string[] {
  const out: string[] = [];
  for (const m of allMatches(ADDRESS, text)) {
    const surname = honouredSurname(m[1], rules);
    if (surname && !out.includes(surname)) out.push(surname);
  }
  return out;
}

/** A handover: the floor given (有请, 请) or the next question announced (来自…). */
const HANDOVER = /有请|请出|请|来自/u;
/** What may stand right before the name in a handover: the verb, 的, or a title ("分析师黎念", "首席财务官曲玉先生"). */
const BEFORE_HANDED = /(?:有请|请出|请|欢迎|的|分析师|研究员|负责人|官|CEO|CFO|CTO|COO|董事长|总裁|总经理|董秘|秘书|主任|院长|教授)$/u;
/** What may follow the name: an honorific, then a verb of speaking. */
const AFTER_HANDED = /(?:先生|女士|博士|教授)?(?:来)?(?:发言|致辞|讲话|回答|介绍一下[^，,]{0,12}|讲一讲|讲讲|谈谈)?$/u;

/**
 * The full name a turn hands the floor to in its last sentence ("下面有请李斌先生。", "下一个问题来自摩根大通的分析师黎念。",
 * "有请首席财务官曲玉先生介绍一下财务情况"): a Han name led by a known surname, after 请, 的 or a title, ending the sentence
 * but for an honorific and a verb of speaking; null when none or the name is only a surname and an honorific (李总).
 */
function handedTo(text: string, rules: SegmentRules): string | null {
  const sentences = text.trim().split(/[。！？!?]/u).filter((s) => s.trim());
  const last = sentences[sentences.length - 1]?.trim() ?? '';
  if (!HANDOVER.test(last)) return null;
  const rest = last.replace(AFTER_HANDED, '');
  for (const length of [3, 2]) {
    const name = rest.slice(-length);
    if (name.length === length && isHanName(name, rules) && !honouredSurname(name, rules) && BEFORE_HANDED.test(rest.slice(0, -length))) return name;
  }
  return null;
}

/** The surname of "赵总", "王老师", "欧阳院士": a known surname and an honorific after it, or null. */
function honouredSurname(name: string, rules: SegmentRules): string | null {
  for (const length of [2, 1]) {
    if (name.length > length && rules.surnames.has(name.slice(0, length)) && rules.hanHonorifics.has(name.slice(length))) return name.slice(0, length);
  }
  return null;
}

/** The surname of titles and one capitalised word ("Dr Marsh", "Prof. Mehta", "Senator Hawley" → the last word), or null. */
function titledSurname(name: string, titles: Set<string>): string | null {
  const { titled, rest } = splitTitles(name, titles);
  return titled && rest.length === 1 && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(rest[0]) ? rest[0] : null;
}

/** A full Latin name: two or three capitalised words ("Kexin Lin", "Mary-Ann de Vries" is not one). */
const LATIN_GLOSS = /^[ \u00a0]?[（(][ \u00a0]?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})[ \u00a0]?[）)]/u;

/**
 * The full names of speakers labelled by their initials, as oral histories and research interviews write them:
 * "conducted by David Olsen (DO)", "Margaret Chen (MC) worked at…" then "DO: …", "MC: …". The letters must be the
 * name's initials (all of them, or the first and last). Read in the intro only.
 */
function spelledInitials(names: (string | null | undefined)[], texts: string[], titles: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const label of new Set(names)) {
    if (!label || !/^\p{Lu}{2,3}$/u.test(label)) continue;
    const pattern = new RegExp(`(${LATIN_FULL_NAME_SOURCE})[ \u00a0]?[（(]${label}[）)]`, 'u');
    for (const text of texts) {
      const written = pattern.exec(text.slice(0, 4000))?.[1];
      if (!written) continue;
      const name = withoutTitles(written, titles); // "Dr. Margaret Chen (MC)"
      const words = name.split(' ');
      const all = words.map((w) => w[0]).join('');
      if (all === label || words[0][0] + words[words.length - 1][0] === label) {
        out.set(label, name);
        break;
      }
    }
  }
  return out;
}

/**
 * The English name the intro gives a speaker labelled by a Chinese name, in brackets right after it
 * ("创始人林可欣（Kexin Lin）"): the speaker's canonical name, as a lexicon entry's English label is (黄仁勋 →
 * Jensen Huang), so that the person meets their English mentions in other documents. Read in the intro only.
 */
function latinGlosses(names: (string | null | undefined)[], texts: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of new Set(names)) {
    if (!name || !hasHan(name) || name.length > 6) continue;
    for (const text of texts) {
      for (let at = text.indexOf(name); at >= 0 && !out.has(name); at = text.indexOf(name, at + name.length)) {
        const gloss = LATIN_GLOSS.exec(text.slice(at + name.length, at + name.length + 48))?.[1];
        if (gloss) out.set(name, gloss);
      }
    }
  }
  return out;
}

