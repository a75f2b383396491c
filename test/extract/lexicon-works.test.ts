// Laws and papers by their short and Chinese names: one node across languages, typed work.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const works = (text: string) => extractText(`**Host:** ${text}`).entities.filter((e) => e.type === 'work').map((e) => e.label).sort();

describe('lexicon: works', () => {
  it.each([
    ['Does the AI Act slow Mistral down?', ['EU AI Act']],
    ['欧盟人工智能法案对开源模型有豁免。', ['EU AI Act']],
    ['The CHIPS Act money flowed to Arizona; 美国芯片法案的补贴也到了。', ['CHIPS and Science Act']],
    ['GDPR came first, then the Digital Services Act.', ['Digital Services Act', 'General Data Protection Regulation']],
    ['SB 1047 was vetoed in California.', ['SB 1047']],
  ])('%s', (text, expected) => {
    expect(works(text)).toEqual(expected);
  });

  it('the EU AI Act and its Chinese name are one node', () => {
    const doc = extractText('**Host:** The AI Act passed. 欧盟人工智能法案已经生效。');
    expect(doc.entities.filter((e) => e.label === 'EU AI Act').map((e) => e.mentions.length)).toEqual([2]);
  });

  it('the European Chips Act is not the CHIPS and Science Act', () => {
    expect(works('欧洲芯片法案也在推进。')).not.toContain('CHIPS and Science Act');
  });
});
