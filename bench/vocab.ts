// Vocabulary for the synthetic transcript generator: people, labs, models, benchmarks, places, concepts.
// Our own lists (not extract/data), in Chinese and English, so generated corpora give extraction real work.

/** A thing with its English and Chinese surface forms (zh may equal en when Chinese text uses the Latin name). */
export interface Term {
  en: string;
  zh: string;
}

const t = (en: string, zh: string = en): Term => ({ en, zh });

export const PEOPLE: Term[] = [
  t('Sam Altman', '萨姆·奥特曼'), t('Terence Tao', '陶哲轩'), t('Demis Hassabis', '戴密斯·哈萨比斯'),
  t('Geoffrey Hinton', '杰弗里·辛顿'), t('Yann LeCun', '杨立昆'), t('Fei-Fei Li', '李飞飞'),
  t('Andrew Ng', '吴恩达'), t('Jensen Huang', '黄仁勋'), t('Satya Nadella', '萨提亚·纳德拉'),
  t('Sundar Pichai', '桑达尔·皮查伊'), t('Ilya Sutskever', '伊利亚·苏茨克维'), t('Dario Amodei', '达里奥·阿莫迪'),
  t('Elon Musk', '埃隆·马斯克'), t('Mark Zuckerberg', '马克·扎克伯格'), t('Kai-Fu Lee', '李开复'),
  t('Robin Li', '李彦宏'), t('Yoshua Bengio', '约书亚·本吉奥'), t('Mira Murati', '米拉·穆拉蒂'),
  t('Greg Brockman', '格雷格·布罗克曼'), t('Andrej Karpathy', '安德烈·卡帕斯'), t('Mustafa Suleyman', '穆斯塔法·苏莱曼'),
  t('Arthur Mensch'), t('Liang Wenfeng', '梁文锋'), t('Yang Zhilin', '杨植麟'), t('Zhang Yaqin', '张亚勤'),
  t('Lisa Su', '苏姿丰'), t('Alexandr Wang', '亚历山大·王'), t('Noam Shazeer', '诺姆·沙泽尔'),
  t('Oriol Vinyals'), t('Jan Leike', '扬·莱克'), t('Cristóbal Valenzuela'), t('Alexandre Défossez'),
];

export const ORGS: Term[] = [
  t('OpenAI'), t('Google DeepMind', '谷歌DeepMind'), t('Anthropic'), t('Meta'), t('Microsoft', '微软'),
  t('NVIDIA', '英伟达'), t('Mistral AI'), t('Baidu', '百度'), t('Alibaba', '阿里巴巴'), t('Tencent', '腾讯'),
  t('ByteDance', '字节跳动'), t('Moonshot AI', '月之暗面'), t('Zhipu AI', '智谱AI'), t('DeepSeek', '深度求索'),
  t('xAI'), t('Hugging Face'), t('Stability AI'), t('Runway'), t('Kyutai'), t('Stanford University', '斯坦福大学'),
  t('MIT', '麻省理工学院'), t('Tsinghua University', '清华大学'), t('Peking University', '北京大学'),
  t('Y Combinator'), t('Sequoia Capital', '红杉资本'), t('Apple', '苹果公司'), t('Amazon', '亚马逊'),
  t('Epoch AI'), t('Scale AI'), t('Character.AI'),
];

export const GOVERNMENTS: Term[] = [
  t('US government', '美国政府'), t('European Union', '欧盟'), t('Trump administration', '特朗普政府'),
  t('Chinese government', '中国政府'), t('UK government', '英国政府'), t('AI Safety Institute', 'AI安全研究所'),
  t('NIST', '美国国家标准与技术研究院'), t('European Commission', '欧盟委员会'),
];

export const MODELS: Term[] = [
  t('GPT-4'), t('GPT-4o'), t('o1'), t('o3'), t('Claude 3.5 Sonnet'), t('Gemini 2.0 Flash'), t('Gemini 1.5 Pro'),
  t('Llama 3'), t('Mistral Large'), t('Qwen2.5', '通义千问'), t('ERNIE Bot', '文心一言'), t('Kimi'),
  t('DeepSeek-V3'), t('GLM-4'), t('Sora'), t('Moshi'), t('Gen-3 Alpha'), t('AlphaFold'), t('Whisper'),
];

export const BENCHMARKS: Term[] = [
  t('FrontierMath'), t('MMLU'), t('GPQA'), t('SWE-bench'), t('HumanEval'), t('ARC-AGI'), t('GSM8K'),
  t('C-Eval'), t('Chatbot Arena'), t('MATH'), t('AIME'), t("Humanity's Last Exam", '人类最后的考试'),
];

export const PLACES: Term[] = [
  t('Beijing', '北京'), t('Shanghai', '上海'), t('Shenzhen', '深圳'), t('Hangzhou', '杭州'),
  t('San Francisco', '旧金山'), t('Washington', '华盛顿'), t('New York', '纽约'), t('London', '伦敦'),
  t('Paris', '巴黎'), t('Tokyo', '东京'), t('Silicon Valley', '硅谷'), t('United States', '美国'),
  t('China', '中国'), t('France', '法国'), t('United Kingdom', '英国'), t('Singapore', '新加坡'),
  t('Seattle', '西雅图'), t('Toronto', '多伦多'),
];

export const CONCEPTS: Term[] = [
  t('AGI', '通用人工智能'), t('superintelligence', '超级智能'), t('universal basic income', '全民基本收入'),
  t('reinforcement learning', '强化学习'), t('large language models', '大语言模型'), t('alignment', '对齐'),
  t('chain of thought', '思维链'), t('multimodality', '多模态'), t('open source', '开源'), t('compute', '算力'),
  t('reasoning', '推理能力'), t('AI agents', '智能体'), t('scaling laws', '缩放定律'), t('AI safety', 'AI安全'),
  t('synthetic data', '合成数据'), t('inference cost', '推理成本'),
];

/** Given names and surnames for people no list contains (the open-discovery workload). */
export const ZH_SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '林', '郭', '何'];
export const ZH_GIVEN = ['伟', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '晓东', '志强', '海燕', '建华', '一鸣', '思远'];
export const EN_FIRST = ['Melissa', 'Daniel', 'Chris', 'Sarah', 'David', 'Emily', 'James', 'Olivia', 'Michael', 'Priya', 'Lucas', 'Hannah', 'Omar', 'Julia', 'Kenji', 'Laura', 'Marcus', 'Nina'];
export const EN_LAST = ['Koide', 'Whitenack', 'Benson', 'Guo', 'Patel', 'Schneider', 'Okafor', 'Martin', 'Nakamura', 'Rossi', 'Fischer', 'Hughes', 'Kowalski', 'Silva', 'Brennan', 'Lindqvist'];

/** Invented companies (open discovery with organisation cues: X公司, X Labs, X Inc.). */
export const ZH_ORG_STEMS = ['星河', '云帆', '深言', '智源', '远见', '极光', '灵犀', '澜舟'];
export const ZH_ORG_SUFFIX = ['科技', '智能', '研究院', '实验室'];
export const EN_ORG_STEMS = ['Northwind', 'Bluefield', 'Quarry', 'Lumen', 'Halcyon', 'Vantage', 'Cobalt', 'Meridian'];
export const EN_ORG_SUFFIX = ['Labs', 'AI', 'Robotics', 'Research'];

export const ZH_TOPICS = [
  '模型的设计逻辑', 'AI对就业的影响', '开源与闭源', '推理模型的未来', '算力与成本', 'AI安全与监管', '创业与融资',
  '多模态与视频生成', '教育与人才', '个人成长历程', '产品与用户', '中美AI竞争',
];
export const EN_TOPICS = [
  'How the model was designed', 'AI and the labor market', 'Open versus closed models', 'The future of reasoning models',
  'Compute and cost', 'Safety and regulation', 'Startups and fundraising', 'Multimodal and video generation',
  'Education and talent', 'Early career', 'Products and users', 'Competition between labs',
];
