// Generated transcripts (bench/corpus-lib.ts) go through the real extraction pipeline: speakers resolved,
// entities found, boilerplate kept out — so the benches measure realistic work.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

describe('generated transcripts go through the pipeline', () => {
  const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
  const docs = [...generateCorpus({ docs: 12, lang: 'mixed', seed: 11, sizeBytes: 12 * 8_000 })];

  it.each(docs.map((d) => [d.name, d] as const))('%s: speakers resolved, entities found, boilerplate kept out', (_, doc) => {
    const extraction = extractDocument({ id: doc.name, path: doc.name, text: doc.text }, context);
    const speakerTurns = extraction.turns.filter((t) => t.kind === 'turn');
    expect(speakerTurns.length).toBeGreaterThan(4);
    for (const turn of speakerTurns) expect(turn.speaker).not.toBeNull();
    // every full speaker name the generator used is one of the resolved speakers (Q/A documents name nobody)
    const labels = extraction.speakers.flatMap((s) => [s.label, ...s.aliases]);
    if (doc.style !== 'qa') for (const name of doc.speakers) expect(labels.join('|')).toContain(name);
    expect(extraction.entities.length).toBeGreaterThan(5);
    if (doc.style === 'zh-article') {
      // the article header and the 往期回顾 / --END-- trailer are boilerplate, never a speaker's turn
      const trailer = extraction.turns.filter((t) => /往期回顾|--END--|联系负责人/.test(t.text));
      expect(trailer.length).toBeGreaterThan(0);
      for (const turn of trailer) expect(turn.kind).toBe('boilerplate');
    }
  });
});
