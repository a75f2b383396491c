// Tests for tag questions ("…, correct?", "…，是吧？"): a claim put to the addressee stands unless their answer denies
// it (extract/stages/relations.ts TAG_QUESTION), whoever the claim is about.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const deposition = (question: string, answer: string) =>
  `# Deposition of Ray Kowal\n\nQ. ${question}\n\nA. ${answer}\n\nQ. Thank you.\n\nA. Sure.\n`;

describe('tag questions', () => {
  it.each([
    'Mr. Kowal, in 2022 Midway Freight was acquired by Knight-Swift Transportation, correct?',
    'In 2022 Midway Freight was acquired by Knight-Swift Transportation, is that right?',
    "Knight-Swift Transportation acquired Midway Freight in 2022, didn't it?",
  ])('denied: %s', (question) => {
    expect(relationsOf(deposition(question, "No, that's not right. Knight-Swift made an offer, and it fell through."))).not.toContain(
      'Knight-Swift Transportation -ACQUIRED-> Midway Freight',
    );
  });

  it.each(["Yes, that's correct.", 'In March of that year.'])('confirmed or answered, the claim stands: %s', (answer) => {
    const text = deposition('In 2022 Midway Freight was acquired by Knight-Swift Transportation, correct?', answer);
    expect(relationsOf(text)).toContain('Knight-Swift Transportation -ACQUIRED-> Midway Freight');
  });

  it('zh: "…，是吧？" denied is not stated, confirmed is', () => {
    const talk = (answer: string) => `# 对话\n\n主持人：腾讯去年投资了月之暗面，是吧？\n\n王海：${answer}\n\n主持人：好的。\n\n王海：谢谢。\n`;
    expect(relationsOf(talk('不是，是阿里投的。'))).not.toContain('Tencent -INVESTED_IN-> Moonshot AI');
    expect(relationsOf(talk('对，去年三月投的。'))).toContain('Tencent -INVESTED_IN-> Moonshot AI');
  });

  it('a statement followed by a question of its own still states the claim', () => {
    const text = deposition('Knight-Swift Transportation acquired Midway Freight in 2022. Were you there at the time?', 'No, I joined later.');
    expect(relationsOf(text)).toContain('Knight-Swift Transportation -ACQUIRED-> Midway Freight');
  });
});
