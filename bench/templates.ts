// Sentence and boilerplate templates for the synthetic transcript generator, in Chinese and English.
// Slots: {P} known person, {N} unknown person, {O} lab/company, {X} unknown company, {G} government,
// {M} model, {B} benchmark, {L} place, {C} concept. Many sentences state a relation, as real interviews do.

export const ZH_SENTENCES = [
  '{P}是{O}的首席执行官，他一直很关注{C}。',
  '{O}发布了{M}，它在{B}基准测试中的表现非常惊人。',
  '我记得几年前在{L}和{P}共进晚餐，当时我们聊了很多关于{C}的话题。',
  '数学家{P}表示，{B}里的题目需要人类专家花好几天才能完成。',
  '{O}投资了{X}，这笔钱主要用来买{C}。',
  '{M}模型的推理能力比{M}强很多，但成本也更高。',
  '我们和{O}的团队合作很多，他们总部在{L}。',
  '{G}最近发布了关于{C}的新规定，很多公司都在研究。',
  '{N}是{X}的联合创始人，之前在{O}工作。',
  '说实话，{C}这件事我们也不完全知道答案。',
  '我觉得这是一个非常重要的问题，也是大家最关心的。',
  '过去一年里，{O}和{O}的竞争越来越激烈。',
  '{P}加入了{O}，负责{C}方面的研究。',
  '当我们在{B}上评估{M}的时候，结果让所有人都很意外。',
  '很多人问我，{C}什么时候会真正到来？我的回答是，可能比大家想象的更快。',
  '我们在{L}设立了新的办公室，因为那里有很多优秀的人才。',
  '{X}在{L}，他们做的产品主要面向开发者。',
  '这对整个行业来说都是一个转折点。',
  '如果没有足够的{C}，再好的想法也很难落地。',
  '{N}曾经跟我说过，最难的不是技术，而是找到真正的需求。',
  '{G}和{O}签署了一份关于{C}的合作协议。',
  '好的，我们继续下一个话题吧。',
  '这个问题很好，我想分几个方面来回答。',
  '从长期来看，我对{C}非常乐观。',
];

export const EN_SENTENCES = [
  '{P} is the CEO of {O}, and he has been thinking about {C} for years.',
  '{O} released {M} last year, and it did remarkably well on {B}.',
  'I remember having dinner with {P} in {L} a few years ago, and we talked mostly about {C}.',
  'The mathematician {P} said the problems in {B} would take a human expert several days.',
  '{O} invested in {X}, mostly so they could buy more {C}.',
  'Honestly, {M} reasons much better than {M}, but it is also more expensive to run.',
  'We work a lot with the team at {O}, which is headquartered in {L}.',
  'The {G} recently published new rules on {C}, and every lab is reading them closely.',
  '{N} co-founded {X} after spending six years at {O}.',
  "To be honest, we don't really know the answer on {C} yet.",
  "I think that's a really important question, and it's the one people ask me most.",
  'Over the past year the competition between {O} and {O} has become very intense.',
  '{P} joined {O} to lead the work on {C}.',
  'When we evaluated {M} on {B}, the results surprised everyone in the room.',
  'People keep asking me when {C} will really arrive, and my answer is probably sooner than you think.',
  'We opened a new office in {L} because there is so much talent there.',
  "{X} is based in {L}, and they mostly build tools for developers.",
  'This is a turning point for the whole industry.',
  'Without enough {C}, even the best idea is hard to ship.',
  '{N} once told me that the hard part is not the technology, it is finding a real need.',
  'The {G} signed an agreement with {O} on {C}.',
  "Okay, let's move on to the next topic.",
  "That's a great question, and I want to answer it in a few parts.",
  "In the long run, I'm very optimistic about {C}.",
  'Yeah, absolutely.',
  'Right, right. That makes sense.',
];

export const ZH_QUESTIONS = [
  '你能为我们介绍一下{M}的设计逻辑吗？',
  '你怎么看{O}最近的进展？',
  '很多人关心{C}，你觉得它会在什么时候实现？',
  '你之前提到{C}，能详细谈谈吗？',
  '{O}和{O}之间的竞争会怎样发展？',
  '我们继续问一个问题吧，你对{L}的创业环境怎么看？',
];

export const EN_QUESTIONS = [
  'Could you walk us through how {M} was designed?',
  'What do you make of the recent progress at {O}?',
  'A lot of listeners care about {C}. When do you think it will happen?',
  'You mentioned {C} earlier. Can you say more about that?',
  'How do you see the competition between {O} and {O} playing out?',
  "Let's take one more question. What is the startup scene like in {L}?",
];

export const ZH_TITLES = [
  '独家对话{P}：解读{M}，{C}或将提前到来',
  '对话{O}首席执行官：不要成为AI公司，要成为用AI服务创造力的公司',
  '{P}最新访谈：{C}、{M}与{O}的下一步',
  '万字实录：{N}谈{C}与创业',
];

export const EN_TITLES = [
  '{P} on {M}, {C} and what comes next',
  'Inside {O}: a conversation about {C}',
  'Practical AI: {N} on building {X}',
  'Episode {NUM}: {C} with {N}',
];

export const ZH_INTROS = [
  '在最近一次采访中，{O}首席执行官{P}分享了其最新模型{M}的愿景与思考，同时也简要提及了{C}。',
  '值得注意的是，{M}在{B}基准测试中展现出惊人的能力，就连著名数学家{P}都表示这些题目非常难。',
  '在这次对话中，{N}分享了如何带领团队在{L}开辟全新的道路，以及{X}对{C}的理解。',
];

export const EN_INTROS = [
  'In this episode we sit down with {N}, co-founder of {X}, to talk about {C} and the road to {M}.',
  'Our guest has worked at {O} and {O}, and has strong opinions on {B} and how labs measure progress.',
];

/** Trailing boilerplate: related-article links, adverts, end markers. Kept in the file, kept out of the graph. */
export const ZH_TRAILER = [
  '# 往期回顾',
  '',
  '[1、[全文+视频实录:{P}在{L}的演讲（建议收藏）](https://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid={NUM}&idx=2#wechat_redirect)',
  '',
  '[2、[与{O}CEO深度万字对话：为什么说明年才是AI行业的关键拐点](https://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid={NUM}&idx=1#wechat_redirect)',
  '',
  '* * *',
  '',
  '我们AI团队专注企业AI解决方案',
  '',
  '联系负责人：Milo-1101（仅限企业客户）',
  '',
  '素材来源官方媒体/网络新闻',
  '',
  '**\\--END--**',
  '',
];

export const EN_TRAILER = [
  '---',
  '',
  'Thanks for listening! Subscribe wherever you get your podcasts, and join our community at https://example.com/community.',
  '',
  'Transcript generated automatically and lightly edited. Links: https://example.com/episodes/{NUM}',
  '',
];
