// Small TurnedDocument fixtures for the mentions and resolve tests: turns written inline, speakers given.
import type { TurnKind } from '../../src/model.ts';
import type { Speaker, TurnedDocument } from '../../extract/types.ts';

export function turnedDocument(turns: Array<[TurnKind, string | null, string]>, speakers: Speaker[] = [], id = 'doc'): TurnedDocument {
  return {
    document: { id, title: id, source: `${id}.md`, lang: 'mixed' },
    turns: turns.map(([kind, speaker, text], index) => ({
      id: `${id}#${index}`,
      document: id,
      index,
      kind,
      speaker,
      speakerLabel: speaker,
      section: null,
      text,
    })),
    speakers,
    diagnostics: [],
  };
}
