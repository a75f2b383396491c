// Tests for supply contracts signed with customers ("我们和盒马、沃尔玛都签了供货协议": SUPPLIES, not a partnership) and
// companies wholly held by a body or a group ("X是青岛市国资委全资控股的国有企业": OWNS).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('supply contracts and wholly held companies', () => {
  const found = relationLines(
    extractText(
      '主持人：渠道和股东呢？\n\n董立：我是远帆科技的创始人。我们和盒马、沃尔玛都签了供货协议，和京东也签了战略合作协议。' +
        '青岛国信集团是青岛市国资委全资控股的国有企业。',
      'supply.zh',
    ),
    'han',
  );

  it('a supply contract supplies each customer; another agreement is a partnership', () => {
    expect(found).toEqual(expect.arrayContaining(['远帆科技 -SUPPLIES-> 盒马', '远帆科技 -SUPPLIES-> 沃尔玛', '远帆科技 -PARTNERS_WITH-> 京东']));
    expect(found).not.toContain('远帆科技 -PARTNERS_WITH-> 盒马');
  });

  it('a company wholly held by a body', () => {
    expect(found).toContain('青岛市国资委 -OWNS-> 青岛国信集团');
  });
});
