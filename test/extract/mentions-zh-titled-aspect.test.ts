// Tests for extract/stages/mentions/zh.ts discoverTitledNames: a name after a title whose third character the aspect
// particle 了/过/着 follows ends before that character, a verb (首席运营官司德聊了聊: 司德, not 司德聊).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const persons = (answer: string) =>
  extractText(`主持人：最近见了谁？\n\n嘉宾：${answer}`, 'aspect.zh')
    .entities.filter((e) => e.type === 'person' && !e.label.includes('('))
    .map((e) => e.label);

describe('a verb and its aspect particle after a titled name', () => {
  it.each([
    ['我们和泡泡玛特联合创始人、首席运营官司德聊了聊。', ['司德']],
    ['我们请首席科学家王立新讲了讲。', ['王立新']],
  ])('%s', (answer, names) => {
    expect(persons(answer)).toEqual(names);
  });
});
