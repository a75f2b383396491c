// The relation stage asks a sentence only the rules the cue index marks for it and whose cues it holds
// (extract/stages/relations/plan.ts: markCues, cueMarked, cuesPresent; the index and the whole patterns' needs
// once a process has asked some thousands of sentences). Both are shortcuts: a rule whose pattern
// matches a masked sentence must always get through them, or a relation the text states is lost without a word.
// Checked on every bundled rule against the masked sentences of real and generated transcripts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { extractDocument, loadLexicon, loadRelationRules, readTranscript } from '../../extract/index.ts';
import { maskSentences } from '../../extract/stages/relations/mask.ts';
import { cueMarked, cuesPresent, makeCueIndex, markCues, planRule } from '../../extract/stages/relations/plan.ts';
import { splitSentences } from '../../extract/stages/relations/sentences.ts';
import type { SourceText } from '../../extract/types.ts';

const FIXTURES = 'test/fixtures/transcripts';

describe('the cue index and cue checks of the relation rules', () => {
  it('let through every rule whose pattern matches a masked sentence, and turn most rules away', () => {
    const rules = loadRelationRules();
    const context = { lexicon: loadLexicon(), rules };
    const sources: SourceText[] = [
      ...readdirSync(FIXTURES).map((file) => readTranscript(join(FIXTURES, file))),
      readTranscript('graph-data/altman-o3-interview.zh.md'),
      ...[...generateCorpus({ docs: 6, lang: 'mixed', sizeBytes: 60_000, seed: 3 })].map((doc) => ({ id: doc.name, path: doc.name, text: doc.text })),
    ];
    const plans = rules.patterns.map(planRule);
    // A process makes the index after some thousands of sentences; this test from the first.
    makeCueIndex();
    let sentences = 0;
    let matches = 0;
    let marked = 0;
    for (const source of sources) {
      const doc = extractDocument(source, context);
      const typeOf = new Map(doc.entities.map((entity) => [entity.key, entity.type]));
      for (const turn of doc.turns) {
        // Every looser type a mention may also fill, so that as many patterns as can match do.
        const mentions = doc.mentions
          .filter((m) => m.turn === turn.id)
          .map((m) => {
            const type = typeOf.get(m.entity) ?? m.type;
            return { start: m.start, end: m.end, surface: m.surface, types: [type, ...(rules.looseTypes[type] ?? [])].join('/') };
          });
        for (const { masked } of maskSentences(turn.text, splitSentences(turn.text, mentions), mentions)) {
          sentences++;
          const mark = markCues(masked);
          for (const plan of plans) {
            const through = cueMarked(plan, mark) && cuesPresent(plan, masked);
            if (through) marked++;
            plan.regex.lastIndex = 0;
            if (!plan.regex.test(masked)) continue;
            matches++;
            expect(through, `${plan.rule.id} on ${JSON.stringify(masked)}`).toBe(true);
          }
        }
      }
    }
    expect(sentences).toBeGreaterThan(1000);
    expect(matches).toBeGreaterThan(100);
    // The point of the shortcuts: a sentence meets a few dozen rules, not hundreds.
    expect(marked / sentences).toBeLessThan(plans.length / 10);
  }, 120_000);
});
