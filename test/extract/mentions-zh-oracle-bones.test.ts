// Tests for lexmatch.ts fitsHanSense on 甲骨文, both Oracle the company and the oracle-bone script: in a text that
// speaks of digs, the Shang or inscriptions it is the script, elsewhere still the company.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typed = (text: string) => extractText(text, 'oracle.zh').entities.map((e) => `${e.type} ${e.label}`);

describe('甲骨文 by its sense', () => {
  it.each([
    ['主持人：先说说您的研究。\n\n宋镇豪：安阳出土的甲骨文里，祭祀的记录最多。我们这几年主要做甲骨文的缀合。'],
    ['主持人：甲骨文到底是什么？\n\n宋镇豪：甲骨文是商代晚期刻在龟甲上的文字。'],
  ])('an archaeology text: the script, not Oracle (%#)', (text) => {
    const labels = typed(text);
    expect(labels).toContain('concept oracle bone script');
    expect(labels).not.toContain('organization Oracle');
  });

  it('a software text: still Oracle', () => {
    const labels = typed('主持人：你们用什么数据库？\n\n李健：以前用甲骨文的数据库，后来换成了自己做的分布式数据库。');
    expect(labels).toContain('organization Oracle');
    expect(labels).not.toContain('concept oracle bone script');
  });
});
