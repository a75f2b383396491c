// The parties of a conversation a first- or second-person pattern refers to: who speaks a turn, whom
// they address (the next other speaker), who is host or guest, and each speaker's organisation.
import type { Turn } from '../../../src/model.ts';
import type { Entity, Relation, Speaker } from '../../types.ts';
import type { Party } from '../../rules.ts';

export interface TurnParties {
  speaker: string | null;
  addressee: string | null;
  speakerRole: 'host' | 'guest' | null;
  addresseeRole: 'host' | 'guest' | null;
  /** The document's host, when exactly one speaker hosts (a panel's moderator, whom each guest answers). */
  host: string | null;
  /** Position among the document's turns of kind 'turn' (0-based), null for narration. */
  turnNumber: number | null;
  /** The addressee's answer, the next spoken turn, opens with a denial ("No, I was at Meta"): the turn's last question is denied. */
  answeredNo: boolean;
  /** The addressee's answer opens with a confirmation ("对，2015年加入的", "Yes, …"): the turn's last yes/no question is stated. */
  answeredYes: boolean;
  /** The company whose earnings or results call the document is, once known (relations.ts callCompany), else null. */
  call: string | null;
}

/**
 * An answer opening with a denial: "No, …", "Nope.", "Actually, no", "Not really"; not "No doubt", "No question".
 * Only the answer's first words are read.
 */
const DENIAL = /^\s*(?:(?:(?:well|actually|oh|um|uh|so),?\s+)?(?:no|nope|nah|never|not\s+(?:really|quite|exactly))(?!\s+(?:doubt|question|problem|kidding|wonder|way)\b)(?=[\s,.!;:—–-]|$)|(?:不是|不对|没有|不)(?=[，,。！!…]))/i;

/**
 * An answer opening with a confirmation: "对，…", "是的。", "没错", "Yes, …", "Right."; not "对于…", "是这样的吗", "Yes and no".
 * Only the answer's first words are read.
 */
const CONFIRMATION = /^\s*(?:(?:对|对的|对对|对对对|是的|是|没错|没错儿|确实|就是)(?=[，,。！!…]|$)|(?:yes|yeah|yep|right|correct|exactly|that's right|that is right)(?!\s+and\s+no\b)(?=[\s,.!;:—–-]|$))/i;

/** Roles as the speakers stage gave them; a speaker it gave none hosts if they speak first, else is a guest. */
export function speakerRoles(turns: Turn[], speakers: Speaker[]): Map<string, 'host' | 'guest'> {
  const out = new Map<string, 'host' | 'guest'>();
  for (const s of speakers) if (s.role) out.set(s.key, s.role);
  const first = turns.find((t) => t.kind === 'turn' && t.speaker)?.speaker;
  for (const t of turns) {
    if (t.kind === 'turn' && t.speaker && !out.has(t.speaker)) out.set(t.speaker, t.speaker === first ? 'host' : 'guest');
  }
  return out;
}

export function turnParties(turns: Turn[], speakers: Speaker[]): Map<string, TurnParties> {
  const role = speakerRoles(turns, speakers);
  const spoken = turns.filter((t) => t.kind === 'turn' && t.speaker !== null);
  const addressees = addresseesOf(spoken);
  const hosts = [...role].filter(([, r]) => r === 'host');
  const host = hosts.length === 1 ? hosts[0][0] : null;
  const out = new Map<string, TurnParties>();
  let number = 0;
  let at = 0;
  for (const turn of turns) {
    if (turn.kind !== 'turn' || turn.speaker === null) {
      out.set(turn.id, { speaker: null, addressee: null, speakerRole: null, addresseeRole: null, host, turnNumber: turn.kind === 'turn' ? number++ : null, answeredNo: false, answeredYes: false, call: null });
      continue;
    }
    const answer = spoken[at + 1];
    const addressee = addressees[at++];
    out.set(turn.id, {
      speaker: turn.speaker,
      addressee,
      speakerRole: role.get(turn.speaker) ?? null,
      addresseeRole: addressee ? (role.get(addressee) ?? null) : null,
      host,
      turnNumber: number++,
      answeredNo: answer !== undefined && answer.speaker === addressee && DENIAL.test(answer.text.slice(0, 40)),
      answeredYes: answer !== undefined && answer.speaker === addressee && CONFIRMATION.test(answer.text.slice(0, 40)),
      call: null,
    });
  }
  return out;
}

/**
 * For each spoken turn, whom it addresses: the next other speaker, else (at the end) the previous other one. Two
 * passes over the turns, so a transcript of 100,000 turns costs no more per turn than one of ten.
 */
function addresseesOf(spoken: Turn[]): (string | null)[] {
  const out: (string | null)[] = new Array(spoken.length).fill(null);
  // Backwards: the next other speaker is the next turn's, if it differs, else the one that turn addresses.
  for (let i = spoken.length - 2; i >= 0; i--) out[i] = spoken[i + 1].speaker !== spoken[i].speaker ? spoken[i + 1].speaker : out[i + 1];
  let previousOther: string | null = null; // the last speaker before this run of turns by one speaker
  for (let i = 0; i < spoken.length; i++) {
    if (i > 0 && spoken[i - 1].speaker !== spoken[i].speaker) previousOther = spoken[i - 1].speaker;
    out[i] ??= previousOther;
  }
  return out;
}

/**
 * Each person's organisation, from relations of the affiliation types (earlier types preferred). A person-to-person
 * relation of those types (COLLEAGUE_OF: Karen Liu saying "Marcus Hale, our Chief Executive Officer") ties two people
 * to one organisation: colleagues with none take the one their group names, when it names exactly one, else the
 * company whose call the document is (`callCompany`: executives presented on their own company's earnings call). The
 * call's unnamed answerer (`answerer`: "答：" in a 业绩说明会, a speaker no label names) speaks for that company.
 */
export function affiliations(relations: Relation[], entities: Map<string, Entity>, types: string[], callCompany: string | null = null, answerer: string | null = null): Map<string, string> {
  const out = new Map<string, string>();
  const isPerson = (key: string) => entities.get(key)?.type === 'person';
  for (const type of types) {
    for (const r of relations) {
      if (r.type !== type || out.has(r.source)) continue;
      if (isPerson(r.source) && entities.get(r.target)?.type === 'organization') out.set(r.source, r.target);
    }
  }
  const colleagues = new Map<string, string[]>();
  const link = (a: string, b: string) => colleagues.set(a, [...(colleagues.get(a) ?? []), b]);
  for (const r of relations) {
    if (!types.includes(r.type) || r.source === r.target || !isPerson(r.source) || !isPerson(r.target)) continue;
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const seen = new Set<string>();
  for (const start of colleagues.keys()) {
    if (seen.has(start)) continue;
    const group = [start];
    seen.add(start);
    for (let i = 0; i < group.length; i++) {
      for (const next of colleagues.get(group[i]) ?? []) if (!seen.has(next)) (seen.add(next), group.push(next));
    }
    const orgs = new Set(group.map((p) => out.get(p)).filter((o): o is string => o !== undefined));
    if (orgs.size === 0 && callCompany !== null) orgs.add(callCompany);
    if (orgs.size !== 1) continue;
    const [org] = orgs;
    for (const p of group) if (!out.has(p)) out.set(p, org);
  }
  if (callCompany !== null && answerer !== null && !out.has(answerer)) out.set(answerer, callCompany);
  return out;
}

/**
 * The entity a party refers to in a turn, or null when the conversation does not say. With personFallback,
 * an organisation party ("we released …") falls back to the person when their organisation is not known.
 */
export function resolveParty(
  party: Exclude<Party, 'antecedent'>,
  parties: TurnParties,
  orgOf: Map<string, string>,
  personFallback = false,
): string | null {
  const org = (person: string | null) => (person ? (orgOf.get(person) ?? (personFallback ? person : null)) : null);
  switch (party) {
    case 'speaker':
      return parties.speaker;
    case 'addressee':
      return parties.addressee;
    case 'speakerOrg':
      return org(parties.speaker);
    case 'addresseeOrg':
      return org(parties.addressee);
    case 'guest':
      return parties.speakerRole === 'guest' ? parties.speaker : parties.addresseeRole === 'guest' ? parties.addressee : null;
    case 'guestOrg':
      // On an earnings call the analysts who ask are no guests of the conversation: its guest is the company hosting it.
      if (parties.call !== null) return parties.call;
      return parties.speakerRole === 'guest' ? org(parties.speaker) : parties.addresseeRole === 'guest' ? org(parties.addressee) : null;
    case 'host':
      return parties.host;
    case 'callOrg':
      return parties.call;
  }
}
