// Past jobs as bios write them: a closed span of years at an organisation ("我2009年到2016年在招商局港口"), and a job
// before joining another ("我在加入平安之前在麦肯锡工作过"), for the speaker or a person named; the same at a university
// with a study word after it (读本科, 读博) is no job.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (text: string) => relationsOf(`主持人：讲讲您的经历？\n\n林海：${text}`, 'spans.zh', 'han');

describe('a span of years at an organisation', () => {
  it.each([
    ['我2009年到2016年在招商局港口，后来去了别的公司。', '林海 -WORKED_AT-> 招商局港口'],
    ['我从2015年到2018年一直在阿里巴巴做产品。', '林海 -WORKED_AT-> 阿里巴巴'],
    ['我同事王强2012年至2019年在百度，后来出来创业。', '王强 -WORKED_AT-> 百度'],
  ])('%s', (text, expected) => {
    expect(said(text)).toContain(expected);
  });

  it('a span of study is no job', () => {
    expect(said('我2010年至2014年在清华大学读本科。').filter((l) => l.includes('WORK'))).toEqual([]);
  });
});

describe('a job before joining another organisation', () => {
  it.each([
    ['我在加入平安之前在麦肯锡工作过，后来做人力资源。', '林海 -WORKED_AT-> 麦肯锡'],
    ['加入腾讯以前，我在百度做过产品。', '林海 -WORKED_AT-> 百度'],
    ['我同事王强在加入字节跳动之前在网易工作。', '王强 -WORKED_AT-> 网易'],
  ])('%s', (text, expected) => {
    expect(said(text)).toContain(expected);
  });

  it('study before joining is no job', () => {
    expect(said('加入谷歌之前我在斯坦福大学读博。').filter((l) => l.includes('WORK'))).toEqual([]);
  });
});
