// Tests for cues.json zhHonorifics 老: "袁老", "谭老" address an elder by surname and 老, as 王总 addresses a manager;
// such a form is the one person of that surname the document names, not a second person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('an elder addressed by surname and 老', () => {
  it.each([
    ['主持人：您是袁隆平院士的学生？\n\n嘉宾：对，我跟着袁老做了二十年。', 'Yuan Longping', '袁老'],
    ['主持人：谭志华先生是您的导师？\n\n嘉宾：是的，谭老对我影响很大。', '谭志华', '谭老'],
  ])('%s', (text, label, address) => {
    const people = extractText(text, 'elder.zh').entities.filter((e) => e.type === 'person');
    expect(people.find((p) => p.label === label)?.aliases, people.map((p) => `${p.label} [${p.aliases.join(' | ')}]`).join('\n')).toContain(address);
    expect(people.map((p) => p.label)).not.toContain(address);
  });
});
