// Tests for the bundled lexicon on CBA and NBA teams, the G League, a US clinic and university, Hong Kong's CUHK, a
// Beijing AI institute, AFP, sports portals, NIO Power, the SCO and Labubu as Chinese interviews name them.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：今年有什么新闻？',
  '',
  '嘉宾：篮球这边，浙江广厦和北京北汽打进了总决赛，新疆广汇被淘汰了；他以前在休斯顿火箭，也在NBA发展联盟的点燃队打过。',
  '医疗这边，梅奥诊所和华盛顿大学、香港中文大学、北京科学智能研究院都有合作。法新社、新浪体育、腾讯体育都报道过。',
  '蔚来能源拿了新的融资，上海合作组织开了会，LABUBU又卖断货了。',
].join('\n');

const doc = extractText(TEXT, 'cba.zh');

describe('teams, clinics, outlets', () => {
  it.each([
    ['浙江广厦', 'Zhejiang Guangsha Lions', 'organization'],
    ['北京北汽', 'Beijing Ducks', 'organization'],
    ['新疆广汇', 'Xinjiang Flying Tigers', 'organization'],
    ['休斯顿火箭', 'Houston Rockets', 'organization'],
    ['NBA发展联盟', 'NBA G League', 'organization'],
    ['点燃队', 'G League Ignite', 'organization'],
    ['梅奥诊所', 'Mayo Clinic', 'organization'],
    ['华盛顿大学', 'University of Washington', 'organization'],
    ['香港中文大学', 'Chinese University of Hong Kong', 'organization'],
    ['北京科学智能研究院', 'AI for Science Institute, Beijing', 'organization'],
    ['法新社', 'Agence France-Presse', 'organization'],
    ['新浪体育', 'Sina Sports', 'organization'],
    ['腾讯体育', 'Tencent Sports', 'organization'],
    ['蔚来能源', 'NIO Power', 'organization'],
    ['上海合作组织', 'Shanghai Cooperation Organisation', 'government'],
    ['LABUBU', 'Labubu', 'product'],
  ])('%s → %s (%s)', (written, label, type) => {
    expectLabelled(doc, written, label, type);
  });
});
