// Tests for the bundled lexicon on cross-border e-commerce, coffee chains, pet food and elderly care as Chinese
// interviews name them: platforms, chains and their heads, pet-food makers, each with its English label.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：今年消费有什么新变化？',
  '',
  '嘉宾：跨境电商这边，希音的许仰天、拼多多的黄峥做了Temu，还有速卖通、TikTok Shop和阿里巴巴国际站，阳萌的安克也在卖。',
  '美国海关和边境保护局查得严。咖啡这边，郭谨一、陆正耀、钱治亚都做过瑞幸，星巴克中国从王静瑛换成刘文娟，大钲资本投了瑞幸，',
  '椰树也做过联名。宠物这边，雀巢普瑞纳、皇家宠物食品、雀巢、佩蒂股份、新瑞鹏、波奇网都在卖，双11很热闹。',
  '养老和银发经济方面，吴晓波和王石在国家会议中心聊过长期护理保险，复星也投了养老社区。',
].join('\n');

const doc = extractText(TEXT, 'consumer.zh');

describe('cross-border e-commerce, coffee, pets and elderly care', () => {
  it.each([
    ['希音', 'SHEIN', 'organization'],
    ['Temu', 'Temu', 'organization'],
    ['速卖通', 'AliExpress', 'organization'],
    ['TikTok Shop', 'TikTok Shop', 'organization'],
    ['阿里巴巴国际站', 'Alibaba.com', 'organization'],
    ['星巴克中国', 'Starbucks China', 'organization'],
    ['大钲资本', 'Centurium Capital', 'organization'],
    ['椰树', 'Coconut Palm Group', 'organization'],
    ['雀巢普瑞纳', 'Nestlé Purina', 'organization'],
    ['皇家宠物食品', 'Royal Canin', 'organization'],
    ['雀巢', 'Nestlé', 'organization'],
    ['佩蒂股份', 'Petpal Pet Nutrition', 'organization'],
    ['新瑞鹏', 'New Ruipeng Pet Group', 'organization'],
    ['波奇网', 'Boqii', 'organization'],
    ['复星', 'Fosun', 'organization'],
    ['许仰天', 'Xu Yangtian', 'person'],
    ['黄峥', 'Colin Huang', 'person'],
    ['阳萌', 'Steven Yang', 'person'],
    ['郭谨一', 'Guo Jinyi', 'person'],
    ['陆正耀', 'Lu Zhengyao', 'person'],
    ['钱治亚', 'Qian Zhiya', 'person'],
    ['王静瑛', 'Belinda Wong', 'person'],
    ['刘文娟', 'Molly Liu', 'person'],
    ['吴晓波', 'Wu Xiaobo', 'person'],
    ['王石', 'Wang Shi', 'person'],
    ['美国海关和边境保护局', 'U.S. Customs and Border Protection', 'government'],
    ['跨境电商', 'cross-border e-commerce', 'concept'],
    ['长期护理保险', 'long-term care insurance', 'concept'],
    ['银发经济', 'silver economy', 'concept'],
    ['养老', 'elderly care', 'concept'],
    ['国家会议中心', 'China National Convention Center', 'place'],
    ['双11', "Singles' Day", 'event'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });
});
