// Tests for speaker labels that say who the speaker is ("**Sam Altman (OpenAI CEO):**", "张昌武（蓝箭航天董事长）："): the
// label's text is read once as narration, so the relations it states come out with a span on that text
// (extract/stages/segment.ts, labels.ts isProfileLabel; relations.json en-profile-*, label-name-org, zh-profile-*).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines, relationsOf } from './extract-text.ts';

const panel = (...turns: string[]) => `# Panel on logistics\n\n${turns.join('\n\n')}\n`;

describe('speaker labels with a profile state relations', () => {
  it.each([
    ['**Sam Altman (OpenAI CEO):** We need more power.', 'Sam Altman -CEO_OF-> OpenAI'],
    ['**Hannah Okoro (Chief Executive, National Grid):** Transmission is the bottleneck.', 'Hannah Okoro -CEO_OF-> National Grid'],
    ['**Ines Duarte (Co-founder and CEO, Northwind Logistics):** We ship same-day.', 'Ines Duarte -FOUNDED-> Northwind Logistics'],
    ['**Tom Wu (Harbor Robotics founder):** We build arms.', 'Tom Wu -FOUNDED-> Harbor Robotics'],
    ['**Lena Fischer (reporter at Handelsblatt):** A question on tariffs.', 'Lena Fischer -WORKS_AT-> Handelsblatt'],
    ['**Maya Chen (Google engineer):** It depends on the model.', 'Maya Chen -WORKS_AT-> Google'],
    ['**Moderator (Julia Park, Bloomberg):** Welcome, everyone.', 'Julia Park -WORKS_AT-> Bloomberg'],
    ['AUDIENCE MEMBER (Raj Mehta, Stanford University): What about transmission?', 'Raj Mehta -WORKS_AT-> Stanford University'],
    ['Raj Patel, Fluence: Storage is growing fast.', 'Raj Patel -WORKS_AT-> Fluence'],
  ])('%s', (label, line) => {
    const text = panel('**Kim Park:** Welcome to the panel.', label, '**Kim Park:** Thank you.', label.replace(/:.*$/, ': Sure.'));
    expect(relationsOf(text)).toContain(line);
  });

  it.each([
    ['**张昌武（蓝箭航天董事长）：** 我们今年会做第二次回收试验。', 'Zhang Changwu -LEADS-> LandSpace'],
    ['**王晓东（星河动力副总裁）：** 我们也在做类似的工作。', '王晓东 -WORKS_AT-> Galactic Energy'],
    ['**主持人（36氪 李明）：** 欢迎各位。', '李明 -WORKS_AT-> 36Kr'],
  ])('%s', (label, line) => {
    const text = `# 对话商业航天\n\n**刘洋：** 欢迎。\n\n${label}\n\n**刘洋：** 谢谢。\n`;
    expect(relationsOf(text)).toContain(line);
  });

  it("the label's text is one narration before the speaker's first turn, and the relation's span points into it", () => {
    const label = '**Hannah Okoro (Chief Executive, National Grid):**';
    const doc = extractText(panel('**Kim Park:** Welcome.', `${label} We see it in the UK.`, '**Kim Park:** Why?', `${label} Wires.`));
    expect(doc.turns.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'turn:Welcome.',
      'narration:Hannah Okoro (Chief Executive, National Grid)',
      'turn:We see it in the UK.',
      'turn:Why?',
      'turn:Wires.',
    ]);
    const ceo = doc.relations.find((r) => r.type === 'CEO_OF')!;
    const turn = doc.turns.find((t) => t.id === ceo.evidence[0].turn)!;
    expect(turn.kind).toBe('narration');
    expect(turn.text.slice(ceo.evidence[0].start, ceo.evidence[0].end)).toContain('National Grid');
  });

  it("the speaker's organisation is whose \"we\" they speak for", () => {
    const text = panel('**Kim Park:** Welcome.', '**Tom Wu (Harbor Robotics founder):** We acquired Parcelly in March.', '**Kim Park:** Why?');
    expect(relationsOf(text)).toContain('Harbor Robotics -ACQUIRED-> Parcelly');
  });

  it('a label with a name and a role only, a caller\'s hometown, or a profile the intro already gave adds no narration', () => {
    for (const [intro, label] of [
      ['', '**Moderator (Kim Park):**'],
      ['', 'CASTER 1 (Daniel "Drakos" Drakos):'],
      ['', 'STEVE INSKEEP, HOST:'],
      ['', 'CALLER (Gene, Eastside):'],
      ['嘉宾：Sam Altman（OpenAI CEO）；主持人：陈静\n\n', '**Sam Altman（OpenAI CEO）：**'],
    ]) {
      const doc = extractText(`${intro}${label} Hello there.\n\n**Ann Lee:** Hi.\n\n${label} Bye now.\n\n**Ann Lee:** Bye.\n`);
      expect(doc.turns.filter((t) => t.kind === 'narration' && t.text.includes(label.replace(/[*:：]/g, '').trim()))).toHaveLength(intro ? 1 : 0);
      expect(doc.turns.filter((t) => t.kind === 'turn')).toHaveLength(4);
    }
    expect(relationLines(extractText('CALLER (Gene, Eastside): Hi Marcy.\n\nMARCY DELGADO: Go ahead, Gene.\n\nCALLER (Gene, Eastside): Thanks.\n'))).not.toContain('Gene -WORKS_AT-> Eastside');
  });
});
