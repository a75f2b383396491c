// Tests for labels that name no speaker (segment.json markerLabels): "SECOND AUDIENCE MEMBER:", "ANOTHER AUDIENCE
// MEMBER:" are unnamed askers as "AUDIENCE MEMBER:" is.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('an audience member told apart by an ordinal', () => {
  const doc = extractText('HOST: Questions?\n\nGUEST: Happy to.\n\nAUDIENCE MEMBER: Was it shot on film?\n\nGUEST: Yes.\n\nSECOND AUDIENCE MEMBER: And the score?\n\nANOTHER AUDIENCE MEMBER: Who cut it?\n\nGUEST: Ana Ruiz.', 'ordinal');
  it('speaks narration, and is no speaker or person', () => {
    expect(doc.turns.filter((t) => t.kind === 'narration').map((t) => t.text)).toEqual(['AUDIENCE MEMBER: Was it shot on film?', 'SECOND AUDIENCE MEMBER: And the score?', 'ANOTHER AUDIENCE MEMBER: Who cut it?']);
    expect(doc.entities.map((e) => e.label).filter((l) => /audience/i.test(l))).toEqual([]);
  });
});
