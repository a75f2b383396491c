// Tests for labels of someone asking from the floor or the phone with their name in brackets (segment.json
// askerLabels; segment/roles.ts askerName): "CALLER (Gene, Eastside):" is Gene speaking, not narration.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const turns = (text: string) => {
  const doc = extractText(text, 'askers');
  return doc.turns.map((t) => [t.kind, doc.speakers.find((s) => s.key === t.speaker)?.label ?? null, t.text]);
};

describe('asker labels with a name in brackets', () => {
  it('"CALLER (Gene, Eastside):" on a call-in show is Gene', () => {
    const text = 'HOST MARA LENZ: Lines are open. Go ahead.\n\nCALLER (Gene, Eastside): My son drives a truck.\n\nHOST MARA LENZ: Thanks, Gene.\n\nCALLER (Dolores Pike, Riverside): I drive one too.';
    expect(turns(text).map(([kind, who]) => `${kind} ${who}`)).toEqual(['turn Mara Lenz', 'turn Gene', 'turn Mara Lenz', 'turn Dolores Pike']);
  });

  it('"AUDIENCE MEMBER (Name, University):" and "QUESTION (Name, Outlet):" after a panel are those people', () => {
    const text = [
      'MODERATOR: Questions, please.',
      '',
      'ODILE VASSEUR: Happy to take them.',
      '',
      'QUESTION (Tarik Benali, Le Monde): Will the plant open in May?',
      '',
      'ODILE VASSEUR: In June.',
      '',
      '**AUDIENCE MEMBER (Ayesha Qureshi, Imperial College London):** Who pays for the grid?',
      '',
      'ODILE VASSEUR: The state does.',
    ].join('\n');
    expect(turns(text).filter(([kind]) => kind === 'turn').map(([, who]) => who)).toEqual(['Host (host)', 'Odile Vasseur', 'Tarik Benali', 'Odile Vasseur', 'Ayesha Qureshi', 'Odile Vasseur']);
  });

  it('leaves an asker label without a name as narration, and brackets naming only a place', () => {
    const text = 'Host: Lines are open.\n\nGuest: Great.\n\nCALLER: I have a question.\n\nCALLER (Eastside): Another one.\n\nGuest: Sure.';
    expect(turns(text).filter(([kind]) => kind === 'narration').map(([, , t]) => t)).toEqual(['CALLER: I have a question.', 'CALLER (Eastside): Another one.']);
  });
});
