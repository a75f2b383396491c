// Tests for the English model rules of extract/data/relations.json, through the whole pipeline: what a model was
// trained on, built on, evaluated on and demoed on, and which lab made it, as a lab's podcast guest says it.
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(text, 'models.en');

/** A two-person podcast: the host opens, the guest (a lab's co-founder) answers with `line`. */
const podcast = (line: string) =>
  '**Dana Whitfield:** Welcome back to Signal Path. Today I have Tomás Reyes, co-founder of Corvid Labs, whose speech model ' +
  'Vela came out in May.\n\n**Tomás Reyes:** Thanks, Dana.\n\n**Dana Whitfield:** Tell me more.\n\n' +
  `**Tomás Reyes:** Sure. ${line}\n`;

describe('what a model was trained on', () => {
  it.each([
    ['We trained Vela on the Switchboard corpus, mostly.', 'Vela -TRAINED_ON-> Switchboard corpus'],
    ['Then we fine-tuned Vela with the Common Voice dataset.', 'Vela -TRAINED_ON-> Common Voice dataset'],
    ['Honestly, Vela was trained on phone calls from the Switchboard corpus.', 'Vela -TRAINED_ON-> Switchboard corpus'],
    ['And Vela was fine-tuned with transcripts taken from the Common Voice dataset.', 'Vela -TRAINED_ON-> Common Voice dataset'],
    ['Vela, which we released in May, was trained on the Switchboard corpus.', 'Vela -TRAINED_ON-> Switchboard corpus'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['We trained Vela, and then we released the Switchboard corpus as well.', 'Vela -TRAINED_ON-> Switchboard corpus'],
    ['We evaluated Vela on the Common Voice dataset.', 'Vela -TRAINED_ON-> Common Voice dataset'],
    ['We trained Vela on a cluster in Oregon, and Marta Ruiz wrote about the Switchboard corpus.', 'Vela -TRAINED_ON-> Switchboard corpus'],
    // "it" is another subject (here Vela, not Llama 2): the rule does not guess which.
    ['Vela is built on Llama 2 and it was trained on the Switchboard corpus.', 'Llama 2 -TRAINED_ON-> Switchboard corpus'],
    ["Vela is built on Llama 2, and they're trained on the Switchboard corpus.", 'Llama 2 -TRAINED_ON-> Switchboard corpus'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('what a model is built on', () => {
  it.each([
    ['So Vela is built on Reed, the audio codec we designed last year.', 'Vela -BUILT_ON-> Reed'],
    ['Under the hood, Vela sits on top of Reed, our neural tokenizer.', 'Vela -BUILT_ON-> Reed'],
    ['We built Vela on top of Reed, a small speech codec.', 'Vela -BUILT_ON-> Reed'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    // Two names no lexicon knows, and nothing says the second is a model: no edge on a guess.
    ['So Vela is built on Reed, honestly.', 'Vela -BUILT_ON-> Reed'],
    ['So Vela is built on Reed, the investor who backed us.', 'Vela -BUILT_ON-> Reed'],
    ['So Vela was built in Lisbon, the city where we started.', 'Vela -BUILT_ON-> Lisbon'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('what a model is evaluated on', () => {
  it.each([
    ['And Vela gets much better answers on TriviaQA than our older models.', 'Vela -EVALUATED_ON-> TriviaQA'],
    ['On HellaSwag, Vela is about where the big open models are.', 'Vela -EVALUATED_ON-> HellaSwag'],
    ['On TriviaQA, Vela’s answers are much better in text mode.', 'Vela -EVALUATED_ON-> TriviaQA'],
    ['And then, on MMLU, Vela beats every speech model we tried.', 'Vela -EVALUATED_ON-> MMLU'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['On HellaSwag, Marta Ruiz wrote a long thread, and Vela came up.', 'Vela -EVALUATED_ON-> HellaSwag'],
    ['On TriviaQA, I have no opinion; Vela is a speech model.', 'Vela -EVALUATED_ON-> TriviaQA'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('which lab made a model', () => {
  it.each([
    ['A lot of that came from Ines Duarte, who did the research at DeepMind, on WaveNet in particular.', 'Google DeepMind -DEVELOPED-> WaveNet'],
    ['Much of the progress was made at Google, with SoundStream, a few years ago.', 'Google -DEVELOPED-> SoundStream'],
    ['The other big step was SoundStream, which came out of Google.', 'Google -DEVELOPED-> SoundStream'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['Ines worked at Google, with the Gemini team, before she joined us.', 'Google -DEVELOPED-> Gemini'],
    ['Honestly, Corvid Labs came out of Google, in a way.', 'Google -DEVELOPED-> Corvid Labs'],
    ['We compared our work at Corvid Labs with WaveNet.', 'Corvid Labs -DEVELOPED-> WaveNet'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('the device a model was demoed or runs on', () => {
  it.each([
    ['We demoed Vela on a MacBook Pro at the launch.', 'Vela -DEMOED_ON-> MacBook Pro'],
    ['Last week we showed Vela running on a Raspberry Pi.', 'Vela -DEMOED_ON-> Raspberry Pi'],
    ['And Vela also runs on an iPhone, which surprised people.', 'Vela -RUNS_ON-> iPhone'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['We demoed Vela on a Google stage in Lisbon.', 'Vela -DEMOED_ON-> Google'],
    ['We demoed Vela on a panel with Marta Ruiz.', 'Vela -DEMOED_ON-> Marta Ruiz'],
    ['And Vela runs on a Corvid Labs cluster.', 'Vela -RUNS_ON-> Corvid Labs'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('which lab released a model, with a description of the lab between', () => {
  const opening = (line: string) => `**Dana Whitfield:** Welcome back to Signal Path. ${line}\n\n**Tomás Reyes:** Thanks, Dana.\n`;
  it.each([
    ['Corvid Labs, a small lab in Lisbon, released Vela last month.', 'Corvid Labs -RELEASED-> Vela'],
    ['And Heron AI, the Berlin startup, just open-sourced Kite.', 'Heron AI -RELEASED-> Kite'],
    ['A lab in Oslo named Fjord Research put out Nimbus.', 'Fjord Research -RELEASED-> Nimbus'],
  ])('%s', (line, relation) => {
    const found = relationsOf(opening(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['Heron AI, a startup, and Corvid Labs released Vela together.', 'Heron AI -RELEASED-> Vela'],
    ['Corvid Labs, a lab that Dana Whitfield visited, said Heron AI released Kite.', 'Corvid Labs -RELEASED-> Kite'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(opening(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('the model another one started from', () => {
  it.each([
    ['For Vela, we started from Mistral 7B and added audio.', 'Vela -BUILT_ON-> Mistral 7B'],
    ['And Vela was initialized from Llama 3, the 8B version.', 'Vela -BUILT_ON-> Llama 3'],
    ['We fine-tuned Vela from Llama 3 over two weeks.', 'Vela -BUILT_ON-> Llama 3'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['For Vela, we started from scratch, unlike Mistral 7B.', 'Vela -BUILT_ON-> Mistral 7B'],
    ['For Vela, we did not start from Llama 3.', 'Vela -BUILT_ON-> Llama 3'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('the platform the guest\'s company offers an app on', () => {
  it.each([
    ['For consumers, we have an iPhone app, and a web version.', 'Corvid Labs -OFFERS_APP_ON-> iPhone'],
    ['We just launched our Android app last week.', 'Corvid Labs -OFFERS_APP_ON-> Android'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['We don\'t have an iPhone app yet.', 'Corvid Labs -OFFERS_APP_ON-> iPhone'],
    ['Most of our users are on an iPhone, in the browser.', 'Corvid Labs -OFFERS_APP_ON-> iPhone'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('a model better than another', () => {
  it.each([
    ['In text mode, Vela clearly outperforms Llama 3.', 'Vela -IMPROVES_ON-> Llama 3'],
    ['Honestly, Vela is much better than the original Mistral 7B at dialogue.', 'Vela -IMPROVES_ON-> Mistral 7B'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['Honestly, Vela doesn\'t beat GPT-4o yet.', 'Vela -IMPROVES_ON-> GPT-4o'],
    ['Honestly, Vela is not better than GPT-4o.', 'Vela -IMPROVES_ON-> GPT-4o'],
    ['Honestly, GPT-4o beats Vela on almost everything.', 'Vela -IMPROVES_ON-> GPT-4o'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('who else was on the lab\'s first team', () => {
  it.each([
    ['At the start we were two people on the founding team - so Ines Duarte and I - both from audio.', 'Ines Duarte -WORKS_AT-> Corvid Labs'],
    ['Then Paulo Serra and I were the core team for a year.', 'Paulo Serra -WORKS_AT-> Corvid Labs'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['Before that I was on the core team at Google, so Paulo Serra and I go back.', 'Paulo Serra -WORKS_AT-> Corvid Labs'],
    ['Paulo Serra and I were the core team of Gemini at the time.', 'Paulo Serra -WORKS_AT-> Corvid Labs'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('a capability a model has', () => {
  it.each([
    ['Unlike cascades, Vela is completely full-duplex.', 'Vela -HAS_FEATURE-> full-duplex'],
    ['And Vela supports full duplex out of the box.', 'Vela -HAS_FEATURE-> full-duplex'],
    ['Also, Vela is natively multimodal.', 'Vela -HAS_FEATURE-> multimodality'],
  ])('%s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).toContain(relation);
  });

  it.each([
    ['Honestly, Vela doesn\'t support full-duplex yet.', 'Vela -HAS_FEATURE-> full-duplex'],
    ['Honestly, Vela is not fully multimodal.', 'Vela -HAS_FEATURE-> multimodality'],
    ['Also, Vela supports multimodal models downstream.', 'Vela -HAS_FEATURE-> multimodality'],
  ])('not: %s', (line, relation) => {
    const found = relationsOf(podcast(line));
    expect(found, found.join('\n')).not.toContain(relation);
  });
});

describe('which lab made a model, said in passing', () => {
  it.each([
    ['Last year we built a model called Orsk-2 for noisy rooms.', 'Corvid Labs -DEVELOPED-> Orsk-2'],
    ['We started from Tarn-1, Halberd Labs\u2019s speech model, and fine-tuned it.', 'Halberd Labs -DEVELOPED-> Tarn-1'],
    ["We compared it with Tarn-1, Halberd Labs's protein language model.", 'Halberd Labs -DEVELOPED-> Tarn-1'],
  ])('%s', (line, relation) => {
    expect(relationsOf(podcast(line))).toContain(relation);
  });

  it('a person\u2019s favourite is no model they made: "Tarn-1, Halberd Labs\u2019s office dog"', () => {
    expect(relationsOf(podcast('We named it after Tarn-1, Halberd Labs\u2019s office dog.')).filter((r) => r.includes('DEVELOPED-> Tarn-1'))).toEqual([]);
  });
});
