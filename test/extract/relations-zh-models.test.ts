// Tests for the Chinese model rules of extract/data/relations.json, through the whole pipeline: which benchmark a
// model was tested on, as a lab's guest says it in a podcast or a 对话 article.
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(text, 'models.zh');

/** A podcast in Chinese: the host opens, the guest (a lab's co-founder) answers with `line`. */
const podcast = (line: string) =>
  '**主持人：** 欢迎收听《硅谷声浪》。今天的嘉宾是Corvid Labs的联合创始人林澜，他们上个月发布了语音模型Vela。\n\n' +
  '**林澜：** 谢谢邀请。\n\n**主持人：** 效果怎么样？\n\n' +
  `**林澜：** ${line}\n`;

describe('which benchmark a model was tested on', () => {
  it.each([
    ['我们在MMLU上评测了Vela，结果还不错。', 'Vela -EVALUATED_ON-> MMLU'],
    ['我们在TriviaQA上也测了Vela。', 'Vela -EVALUATED_ON-> TriviaQA'],
    ['后来在GSM8K上跑了Vela和Llama 3。', 'Vela -EVALUATED_ON-> GSM8K'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['我们在MMLU上没有测Vela，因为它是语音模型。', 'Vela -EVALUATED_ON-> MMLU'],
    ['在MMLU上测了很多模型，Vela不在其中。', 'Vela -EVALUATED_ON-> MMLU'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('which lab released a model, with a description of the lab between', () => {
  const opening = (line: string) => `**主持人：** 欢迎收听《硅谷声浪》。${line}\n\n**林澜：** 谢谢邀请。\n`;
  it.each([
    ['Corvid Labs这家位于里斯本的实验室上个月发布了Vela。', 'Corvid Labs -RELEASED-> Vela'],
    ['Corvid Labs，一家法国的AI实验室，开源了Vela。', 'Corvid Labs -RELEASED-> Vela'],
    ['Corvid Labs这家位于里斯本的创业公司上周开源了语音模型Vela。', 'Corvid Labs -RELEASED-> Vela'],
    ['Corvid Labs上周发布了新的语音大模型Vela。', 'Corvid Labs -RELEASED-> Vela'],
  ])('%s', (line, relation) => {
    const found = relationsOf(opening(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['Corvid Labs这家公司没有发布Vela。', 'Corvid Labs -RELEASED-> Vela'],
    ['Corvid Labs发布了一篇关于模型Vela的评测。', 'Corvid Labs -RELEASED-> Vela'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(opening(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('what a model was trained on', () => {
  it.each([
    ['我们用Switchboard语料库训练了Vela，效果不错。', 'Vela -TRAINED_ON-> Switchboard'],
    ['后来又在LibriLight数据集上微调了Vela。', 'Vela -TRAINED_ON-> LibriLight'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    // The corpus is no developer of the model.
    ['我们用Switchboard语料库训练了Vela。', 'Switchboard -DEVELOPED-> Vela'],
    ['我们没有用Switchboard语料库训练Vela。', 'Vela -TRAINED_ON-> Switchboard'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('the model another one started from', () => {
  it.each([
    ['Vela是在Llama 3的基础上训练的。', 'Vela -BUILT_ON-> Llama 3'],
    ['我们在Qwen2-7B的基础上微调出了Vela。', 'Vela -BUILT_ON-> Qwen2-7B'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['Vela不是在Llama 3的基础上训练的，是从零开始。', 'Vela -BUILT_ON-> Llama 3'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('the platform the guest\'s company offers an app on', () => {
  it.each([
    ['面向普通用户，我们有一个iPhone应用，也有网页版。', 'Corvid Labs -OFFERS_APP_ON-> iPhone'],
    ['我们上个月还上线了Android客户端。', 'Corvid Labs -OFFERS_APP_ON-> Android'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['我们没有iPhone应用，只有网页版。', 'Corvid Labs -OFFERS_APP_ON-> iPhone'],
    ['很多用户用iPhone访问我们的网页。', 'Corvid Labs -OFFERS_APP_ON-> iPhone'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('a model better than another', () => {
  it.each([
    ['文本模式下，Vela在推理上已经超过了Llama 3。', 'Vela -IMPROVES_ON-> Llama 3'],
    ['说实话，Vela在对话上比Mistral 7B强很多。', 'Vela -IMPROVES_ON-> Mistral 7B'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['说实话，Vela还没有超过GPT-4o。', 'Vela -IMPROVES_ON-> GPT-4o'],
    ['说实话，Vela比GPT-4o便宜很多。', 'Vela -IMPROVES_ON-> GPT-4o'],
    ['说实话，Vela并不比GPT-4o强。', 'Vela -IMPROVES_ON-> GPT-4o'],
    ['Vela的作者认为Claude超过了GPT-4o。', 'Vela -IMPROVES_ON-> GPT-4o'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('the device a model was demoed or runs on', () => {
  it.each([
    ['发布会上，我们在一台MacBook Pro上演示了Vela。', 'Vela -DEMOED_ON-> MacBook Pro'],
    ['小一点的Vela可以在一块Jetson Orin上运行。', 'Vela -RUNS_ON-> Jetson Orin'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['我们没有在一台MacBook Pro上演示过Vela。', 'Vela -DEMOED_ON-> MacBook Pro'],
    ['现在的Vela不能在一块Jetson Orin上运行。', 'Vela -RUNS_ON-> Jetson Orin'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('who else was on the lab\'s first team', () => {
  it.each([
    ['一开始，初创团队就是我和陈思雨，我们都是做语音的。', '陈思雨 -WORKS_AT-> Corvid Labs'],
    ['后来我和陈思雨是最早的核心团队。', '陈思雨 -WORKS_AT-> Corvid Labs'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['我在谷歌的时候，谷歌的核心团队是我和陈思雨。', '陈思雨 -WORKS_AT-> Corvid Labs'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('a capability a model has', () => {
  it.each([
    ['和级联方案不同，Vela支持全双工。', 'Vela -HAS_FEATURE-> full-duplex'],
    ['所以Vela是完全全双工的。', 'Vela -HAS_FEATURE-> full-duplex'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['目前Vela还不支持全双工。', 'Vela -HAS_FEATURE-> full-duplex'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('the models under the speaker’s product, its name in an earlier sentence', () => {
  it('底层用的是X和Y; 我们自己在Z上做了微调 → the speaker’s company uses each', () => {
    const found = relationsOf('主持人：产品是什么？\n\n王磊：我是王磊，云栖数据的创始人。我们做的是客服助手。底层用的是GPT-4o和DeepSeek-V3，我们自己在Qwen2.5上做了微调。');
    for (const r of ['云栖数据 -USES-> GPT-4o', '云栖数据 -USES-> DeepSeek-V3', '云栖数据 -USES-> Qwen2.5']) expect(found, found.join('\n')).toContain(r);
  });

  it('a model under another company’s product in the same sentence is not the speaker’s (X的底层是Y: zh-product-underlying)', () => {
    const found = relationsOf('主持人：产品是什么？\n\n王磊：我是王磊，云栖数据的创始人。Cursor的底层是Claude 3.5 Sonnet。');
    expect(found).not.toContain('云栖数据 -USES-> Claude 3.5 Sonnet');
  });
});

describe('models and chips a company uses: 接入了, 用X芯片训练', () => {
  it.each([
    ['主持人：最近呢？\n\n王磊：钉钉接入了DeepSeek-R1。', '钉钉 -USES-> DeepSeek-R1'],
    ['主持人：最近呢？\n\n王磊：百度用英伟达的H100芯片训练了文心一言。', '百度 -USES-> H100芯片'],
    ['主持人：最近呢？\n\n王磊：智谱用华为昇腾芯片训练了GLM-4。', '智谱 -USES-> 昇腾'],
  ])('%s', (text, relation) => {
    const found = relationsOfText(text, 'uses.zh', 'han');
    expect(found, found.join('\n')).toContain(relation);
  });
});
