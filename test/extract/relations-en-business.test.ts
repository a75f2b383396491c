// Tests for the English business rules of extract/data/relations.json, through the whole pipeline: titles in a panel
// intro, hires, acquisitions, object pronouns ("invested in us"), partnerships and a list of rivals.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../extract/index.ts';
import { context, relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(text, 'business.en');

const INTRO =
  'The panel was moderated by Rachel Adeyemi, senior energy reporter at Canary Media. On stage were Tomás Ibarra, chief executive of ' +
  'Voltaire Storage, a battery maker based in Reno; Mei Chen, head of energy procurement at Google; and Lars Nordström, senior vice ' +
  'president for grid technology at Siemens Energy.\n\n';

describe('English business relations a reader expects', () => {
  it('a panel intro says where each panellist works', () => {
    const found = relationsOf(INTRO + 'RACHEL ADEYEMI: Welcome, everyone.\n\nMEI CHEN: Thanks for having us.');
    for (const r of [
      'Rachel Adeyemi -WORKS_AT-> Canary Media',
      'Tomás Ibarra -CEO_OF-> Voltaire Storage',
      'Mei Chen -WORKS_AT-> Google',
      'Lars Nordström -WORKS_AT-> Siemens Energy',
    ]) expect(found.map((r) => r.toLowerCase()), found.join('\n')).toContain(r.toLowerCase());
  });

  it('"we" of a panellist is their company: acquisitions, partnerships, investments', () => {
    const found = relationsOf(
      INTRO +
        'RACHEL ADEYEMI: Tomás, a big year?\n\nTOMÁS IBARRA: In March we completed the acquisition of Helio Thermal, a thermal storage startup out of Denver.\n\n' +
        'RACHEL ADEYEMI: Mei, and Google?\n\nMEI CHEN: We work with LineVision on dynamic line ratings. And Kairos Power partnered with us on reactors.',
    );
    for (const r of ['Voltaire Storage -ACQUIRED-> Helio Thermal', 'Google -PARTNERS_WITH-> LineVision', 'Kairos Power -PARTNERS_WITH-> Google']) {
      expect(found, found.join('\n')).toContain(r);
    }
  });

  it('a hire from a company: worked there before, works for the speaker now', () => {
    const found = relationsOf(
      'Guest: Wang Lei, founder and chief executive of Zhiyuan Motors.\n\nFERGUS NASH: Who runs the plant?\n\n' +
        'WANG LEI: We hired Katrin Vogel from Volkswagen to run the plant. Our chief technology officer, Liu Fang, also came from Huawei. ' +
        'And last year the Abu Dhabi fund Mubadala invested in us.',
    );
    for (const r of ['Katrin Vogel -WORKED_AT-> Volkswagen', 'Katrin Vogel -WORKS_AT-> Zhiyuan Motors', 'Liu Fang -WORKED_AT-> Huawei', 'Mubadala -INVESTED_IN-> Zhiyuan Motors']) {
      expect(found, found.join('\n')).toContain(r);
    }
    expect(found).not.toContain('Katrin Vogel -WORKS_AT-> Volkswagen');
  });

  it('the host interviews every guest of the list it opens with, not only the first', () => {
    const found = relationsOf(
      'RACHEL ADEYEMI: Good afternoon. Today we have Mei Chen, head of energy procurement at Google, and Lars Nordström from Siemens Energy.\n\n' +
        'MEI CHEN: Thanks, Rachel.\n\nLARS NORDSTRÖM: Glad to be here.\n\nRACHEL ADEYEMI: Mei, how is Google doing?\n\nMEI CHEN: It is hard.',
    );
    expect(found, found.join('\n')).toContain('Rachel Adeyemi -INTERVIEWS-> Mei Chen');
    expect(found, found.join('\n')).toContain('Rachel Adeyemi -INTERVIEWS-> Lars Nordström');
  });

  it('a call\'s participants list ties each analyst to their firm', () => {
    const found = relationsOf(
      '**Conference call participants**\n\nVivek Arya — Bank of America\nTim Arcuri -- UBS -- Analyst\n\n' +
        'Operator: Our first question comes from Vivek Arya.\n\nVivek Arya — Bank of America: How much capacity do you have?\n\n' +
        'Marcus Hale: Plenty, Vivek.\n\nTim Arcuri -- UBS -- Analyst: Any comment on the rumors?\n\nMarcus Hale: No.',
    );
    expect(found, found.join('\n')).toContain('Vivek Arya -WORKS_AT-> Bank of America');
    expect(found, found.join('\n')).toContain('Tim Arcuri -WORKS_AT-> UBS');
  });

  it('an appositive\'s modifier is not what the company is: "a software startup" is a startup, not software', () => {
    const found = relationsOf('MARCUS HALE: We made an investment in Cobalt Compute, a software startup in Seattle.\n\nVIVEK ARYA: Thanks.');
    expect(found.filter((r) => r.startsWith('Cobalt Compute -IS_A->') && !r.endsWith('startups')), found.join('\n')).toEqual([]);
  });

  it('on a call, the executives the host introduces as "our …" share the company one of them names', () => {
    const found = relationsOf(
      '**Karen Liu:** With me today are Marcus Hale, our Chief Executive Officer, and Deborah Osei, our Chief Financial Officer.\n\n' +
        '**Marcus Hale:** Thanks, Karen. TSMC manufactures all of our Helix wafers, and we partner with Supermicro on the server side. ' +
        'We compete with Nvidia and AMD.\n\n**Deborah Osei:** Thank you, Marcus. As a reminder, I joined Veridian Systems in June.',
    );
    for (const r of [
      'Marcus Hale -WORKS_AT-> Veridian Systems',
      'TSMC -SUPPLIES-> Veridian Systems',
      'Veridian Systems -PARTNERS_WITH-> Supermicro',
      'Veridian Systems -COMPETES_WITH-> AMD',
    ]) expect(found, found.join('\n')).toContain(r);
  });

  it('colleagues who name two different companies give none of them to the one who names none', () => {
    const found = relationsOf(
      '**Karen Liu:** With me are Marcus Hale, our Chief Executive Officer, and Deborah Osei, our Chief Financial Officer.\n\n' +
        '**Marcus Hale:** I joined Acme Systems last year. We partner with Supermicro on servers.\n\n**Deborah Osei:** I joined Veridian Systems in June.\n\n' +
        '**Karen Liu:** We compete with Nvidia.',
    );
    expect(found.filter((r) => r.startsWith('Karen Liu -WORKS_AT->') || / -COMPETES_WITH-> NVIDIA/.test(r)), found.join('\n')).toEqual([]);
  });

  it('rivals after a comma and after "more" are rivals too', () => {
    const found = relationsOf(
      'Guest: Wang Lei, founder and chief executive of Zhiyuan Motors.\n\nFERGUS NASH: Your rivals?\n\n' +
        'WANG LEI: In China we compete with BYD, with Xpeng. In Europe we compete more with Volkswagen.',
    );
    for (const r of ['Zhiyuan Motors -COMPETES_WITH-> BYD', 'Zhiyuan Motors -COMPETES_WITH-> XPeng', 'Zhiyuan Motors -COMPETES_WITH-> Volkswagen']) {
      expect(found, found.join('\n')).toContain(r);
    }
  });

  it('working with someone, with no "on …", a greeting or a negation states no partnership or investment', () => {
    const found = relationsOf(
      'Guest: Wang Lei, founder and chief executive of Zhiyuan Motors.\n\nFERGUS NASH: Your investors?\n\n' +
        'WANG LEI: We work with Mistral AI because the data must stay in Europe. Tencent has not invested in us.',
    );
    expect(found.filter((r) => /PARTNERS_WITH|INVESTED_IN/.test(r))).toEqual([]);
  });
});

describe('a moderator presenting a panel in her own turn', () => {
  const PANEL =
    '[00:00:05] Moderator: Good morning. My name is Ines Duarte, and I cover energy for Reuters.\n\n' +
    'Joining me today are Kofi Mensah, CEO of Sunhaven Power, Lucia Ortega from Banco Pacífico, and Kenji Mori, who runs planning for Sendai.\n\n' +
    '[00:01:10] Kofi Mensah: Thanks, Ines.\n\n[00:01:30] Ines Duarte: Lucia?\n\n[00:01:40] Lucia Ortega: We lend to cities.\n\n' +
    '[00:02:00] Ines Duarte: Kenji?\n\n[00:02:10] Kenji Mori: We started early.';

  it('interviews every panellist of "Joining me today are A, CEO of X, B from Y, and C"', () => {
    const found = relationsOf(PANEL);
    for (const guest of ['Kofi Mensah', 'Lucia Ortega', 'Kenji Mori']) expect(found, found.join('\n')).toContain(`Ines Duarte -INTERVIEWS-> ${guest}`);
  });

  it('the title after one name is not the next name\'s, and a Banco is a bank', () => {
    const found = relationsOf(PANEL);
    expect(found, found.join('\n')).toContain('Kofi Mensah -CEO_OF-> Sunhaven Power');
    expect(found, found.join('\n')).not.toContain('Lucia Ortega -CEO_OF-> Sunhaven Power');
    expect(found, found.join('\n')).toContain('Lucia Ortega -WORKS_AT-> Banco Pacífico');
  });
});

describe('"before joining X, I …" says where the speaker works now', () => {
  const CALL =
    'HOST: Welcome to the call. With me is Petra Lind, our Chief Financial Officer.\n\n' +
    'PETRA LIND: Thanks. Before joining Aldermoor Grid, I spent ten years at Siemens. Dr. Omar Haddad, who joined us from Purdue University, leads software.\n\n' +
    'HOST: And acquisitions?\n\nPETRA LIND: We completed the acquisition of Brightfen Labs.';

  it('the speaker works there, her colleague too, and "we" is that company', () => {
    const found = relationsOf(CALL);
    for (const r of [
      'Petra Lind -WORKS_AT-> Aldermoor Grid',
      'Petra Lind -WORKED_AT-> Siemens',
      'Omar Haddad -WORKED_AT-> Purdue University',
      'Omar Haddad -WORKS_AT-> Aldermoor Grid',
      'Aldermoor Grid -ACQUIRED-> Brightfen Labs',
    ]) expect(found, found.join('\n')).toContain(r);
  });

  it('"before joining X, she …" is not the speaker', () => {
    const found = relationsOf('HOST: Hi.\n\nGUEST: Before joining Aldermoor Grid, she was at Siemens.');
    expect(found.some((r) => r.includes('-WORKS_AT-> Aldermoor Grid')), found.join('\n')).toBe(false);
  });
});

describe('"Our investors, A and B, …" in apposition', () => {
  it('each invested in the speaker\'s company', () => {
    const found = relationsOf(
      'Q: Who backs you?\n\nA: I am the CEO of Halvard Marine. Our investors, Nordkapp Ventures and Lysaker Capital, understand that welding takes time.',
    );
    expect(found, found.join('\n')).toContain('Nordkapp Ventures -INVESTED_IN-> Halvard Marine');
    expect(found, found.join('\n')).toContain('Lysaker Capital -INVESTED_IN-> Halvard Marine');
  });
});

describe('a panellist\'s previous job and a journalist\'s outlet', () => {
  it('"My previous job was at the Ministry of Land, Infrastructure, Transport and Tourism", "I cover climate finance for the Financial Times"', () => {
    const found = relationsOf(
      'Moderator: My name is Ines Duarte, and I cover climate finance for the Financial Times. Kenji?\n\n' +
        'Kenji Mori: My previous job was at the Ministry of Land, Infrastructure, Transport and Tourism in Tokyo.',
    );
    expect(found, found.join('\n')).toContain('Kenji Mori -WORKED_AT-> Ministry of Land, Infrastructure, Transport and Tourism');
    expect(found, found.join('\n')).toContain('Ines Duarte -WORKS_AT-> Financial Times');
  });

  it('"My first job out of school was with Kestrel Mining" is a past job', () => {
    const found = relationsOf('Host: Where did you start?\n\nGuest: My first job out of school was with Kestrel Mining, in the Gobi.\n\nHost: And then?');
    expect(found, found.join('\n')).toContain('Guest (guest) -WORKED_AT-> Kestrel Mining');
  });

  it('a university department is no ministry', () => {
    const doc = extractDocument({ id: 'd', path: 'd.md', text: 'Guest: I studied at the Department of Computer Science, Engineering and Design in Lyon.' }, context);
    expect(doc.entities.some((e) => e.type === 'government')).toBe(false);
  });
});

describe('past jobs said in passing', () => {
  it('"you were at X", "I did a short stint at Y"; a lab named Laboratory is an organisation', () => {
    const found = relationsOf(
      'Naomi Achterberg: So before Kestrel Fusion you were at Lawrence Livermore National Laboratory, right?\n\n' +
        'Rafael Ortiz: That\'s right. Then I did a short stint at Commonwealth Fusion Systems before joining Kestrel Fusion.\n\n' +
        'Naomi Achterberg: And you were at the Apple event last year?\n\nRafael Ortiz: Yes.',
    );
    expect(found, found.join('\n')).toContain('Rafael Ortiz -WORKED_AT-> Lawrence Livermore National Laboratory');
    expect(found, found.join('\n')).toContain('Rafael Ortiz -WORKED_AT-> Commonwealth Fusion Systems');
    expect(found, found.join('\n')).not.toContain('Rafael Ortiz -WORKED_AT-> Apple');
  });
});

describe('where a company is, not where it tried something', () => {
  it('"started a pilot in Ulsan" locates nothing; "opened an office in Pittsburgh" still does', () => {
    const found = relationsOf('Q: Customers?\n\nA: Hyundai Heavy Industries started a pilot in Ulsan last autumn. Siemens opened an office in Pittsburgh.');
    expect(found, found.join('\n')).not.toContain('Hyundai Heavy Industries -LOCATED_IN-> Ulsan');
    expect(found, found.join('\n')).toContain('Siemens -LOCATED_IN-> Pittsburgh');
  });
});

describe('"we opened an office in X"', () => {
  it("puts the speaker's company there, each time it says so", () => {
    const found = relationsOf(
      'Host: Welcome. With me is Petra Lind, CEO of Aldermoor Grid.\n\nPetra Lind: In June we opened a second factory in Reno, and we also opened an engineering office in Pittsburgh. We are opening an office in Busan next month.',
    );
    for (const place of ['Reno', 'Pittsburgh', 'Busan']) expect(found, found.join('\n')).toContain(`Aldermoor Grid -LOCATED_IN-> ${place}`);
  });
});

describe("the speaker's suppliers and customers, named first or last", () => {
  it('"CATL remains our main cell supplier", "Our biggest customer this quarter was Duke Energy", 我们的客户有…', () => {
    const found = relationsOf(
      'Host: Welcome. With me is Petra Lind, CEO of Aldermoor Grid.\n\nPetra Lind: CATL remains our main cell supplier. Our biggest customer this quarter was Duke Energy.',
    );
    expect(found, found.join('\n')).toContain('CATL -SUPPLIES-> Aldermoor Grid');
    expect(found, found.join('\n')).toContain('Aldermoor Grid -SUPPLIES-> Duke Energy');
    const zh = relationsOf('主持人：今天的嘉宾是云帆智能的创始人邓远。邓远你好！\n\n邓远：你好。我们的客户有比亚迪和宝马。');
    expect(zh.filter((r) => r.includes('-SUPPLIES->')).length, zh.join('\n')).toBe(2);
  });
});

describe('a panel presented as a semicolon list ("A of X; B, title at Y; and C from Z")', () => {
  const PANEL =
    'ROSA VANCE: Good afternoon. Joining me on stage are Dr. Hana Sato of Kyoto University; Piet Mulder, chief scientist at Dunmore; ' +
    'and Professor Leon Abara from ETH Zurich. Hana, let us start with you.\n\n' +
    'HANA SATO: Thank you, Rosa.\n\nROSA VANCE: Piet?\n\nPIET MULDER: We build robots.\n\nROSA VANCE: Leon?\n\nLEON ABARA: We publish.\n\n' +
    'ROSA VANCE: Hana, once more?\n\nHANA SATO: Gladly.';

  it('the moderator interviews every panellist, each after a semicolon and a title', () => {
    const found = relationsOf(PANEL);
    for (const guest of ['Hana Sato', 'Piet Mulder', 'Leon Abara']) expect(found, found.join('\n')).toContain(`Rosa Vance -INTERVIEWS-> ${guest}`);
  });

  it('a semicolon between two clauses still ends a sentence: no relation across it', () => {
    const found = relationsOf('Q: And then?\n\nA: Mara Quist left Dunmore; Kyoto University hired Tomas Berg later.');
    expect(found, found.join('\n')).not.toContain('Mara Quist -WORKS_AT-> Kyoto University');
  });
});

describe('an appositive "X, a <kind> startup based in Y" whose kind is a concept', () => {
  it('"Tessaline Vision, a computer vision startup based in Zurich" puts the company in Zurich', () => {
    const found = relationsOf('Host: News?\n\nGuest: In September we closed the acquisition of Tessaline Vision, a computer vision startup based in Zurich.');
    expect(found, found.join('\n')).toContain('Tessaline Vision -LOCATED_IN-> Zurich');
  });
});

describe('"A of X" after a name says where A works, with or without an office before it', () => {
  it.each([
    ['*The panel was moderated by Rosa Vance of The Harbor Times.*\n\nROSA VANCE: Welcome.\n\nPIET MULDER: Thanks.\n\nROSA VANCE: Piet?\n\nPIET MULDER: Robots.', 'Rosa Vance -WORKS_AT-> Harbor Times'],
    ['Host: Joining me is Dr. Hana Sato of Kyoto University.\n\nHana Sato: Thank you.', 'Hana Sato -WORKS_AT-> Kyoto University'],
    ['Host: Our next question comes from Lena Ortiz of Morgan Stanley.\n\nLena Ortiz: Thanks.', 'Lena Ortiz -WORKS_AT-> Morgan Stanley'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('"A spent years at X before founding Y": A founded Y, and "my co-founder" is a co-founder of Y', () => {
  const TEXT =
    '# Lena Marsh talks to Amara Quist\n\n*Amara Quist spent eleven years at Tesla, most recently running a battery team, before founding Lumigrid, a startup that builds grid software.*\n\n' +
    'Q: Why leave?\n\nA: I wanted to build software.\n\nQ: And before that?\n\nA: I joined SolarCity in 2012 as an analyst. That is where I met my co-founder, Raj Ivers.';
  it('gives the founding to the one the sentence is about', () => {
    const found = relationsOf(TEXT);
    expect(found, found.join('\n')).toContain('Amara Quist -FOUNDED-> Lumigrid');
    expect(found, found.join('\n')).not.toContain('Tesla -FOUNDED-> Lumigrid');
  });
  it('"my co-founder" founded the company the speaker founded, not the one the speaker once joined', () => {
    const found = relationsOf(TEXT);
    expect(found, found.join('\n')).toContain('Raj Ivers -FOUNDED-> Lumigrid');
    expect(found, found.join('\n')).not.toContain('Raj Ivers -FOUNDED-> SolarCity');
  });
});

describe('a name addressed before "I … before founding Y" founded nothing', () => {
  it('"Yuki Tan, I spent years at Tesla before founding Voltwise" is the speaker\'s founding, not Yuki\'s', () => {
    const found = relationsOf('Ben Ross: Welcome, Yuki Tan.\n\nYuki Tan: Thanks.\n\nBen Ross: Yuki Tan, I spent years at Tesla before founding Voltwise.\n\nYuki Tan: I know.');
    expect(found, found.join('\n')).not.toContain('Yuki Tan -FOUNDED-> Voltwise');
  });
});

describe('"a deal with Y" is the guest\'s company\'s only when the guest\'s side has it', () => {
  const OPEN = 'Host: Welcome. With me is Petra Lind, CEO of Aldermoor Grid.\n\nPetra Lind: Thanks.\n\n';
  it('"our partnership with Y", "we signed a supply agreement with Y" are the guest\'s company\'s', () => {
    const found = relationsOf(OPEN + 'Host: Partners?\n\nPetra Lind: Our partnership with Siemens is deep, and we just signed a supply agreement with Hitachi.');
    expect(found, found.join('\n')).toContain('Aldermoor Grid -PARTNERS_WITH-> Siemens');
    expect(found, found.join('\n')).toContain('Aldermoor Grid -PARTNERS_WITH-> Hitachi');
  });
  it('"Quorvane partnered with BMW", "they partnered with Audi" name another party; "we partnered with Y" is the guest\'s', () => {
    const found = relationsOf(OPEN + 'Host: Partners?\n\nPetra Lind: Quorvane partnered with BMW, and they partnered with Audi too. We partnered with Hitachi in 2023.');
    expect(found, found.join('\n')).not.toContain('Aldermoor Grid -PARTNERS_WITH-> BMW');
    expect(found, found.join('\n')).not.toContain('Aldermoor Grid -PARTNERS_WITH-> Audi');
    expect(found, found.join('\n')).toContain('Aldermoor Grid -PARTNERS_WITH-> Hitachi');
  });
  it('"And Quorvane has a deal with BMW, right?" names another party: the guest\'s company gets nothing', () => {
    const found = relationsOf(OPEN + 'Host: And Quorvane has a deal with BMW, right?\n\nPetra Lind: Yes.');
    expect(found.filter((r) => r.includes('PARTNERS_WITH')), found.join('\n')).toEqual([]);
  });
});

describe('years "on the X team at Y" are years at Y', () => {
  it('"you spent years on the Megapack team at Tesla" (the addressee), "I spent six years on the Autopilot team at Tesla" (the speaker)', () => {
    const found = relationsOf(
      'Ben Ross: Welcome, Marco Bell.\n\nMarco Bell: Thanks.\n\nBen Ross: Marco, you spent years on the Megapack team at Tesla before starting Voltwise.\n\n' +
        'Marco Bell: I did.\n\nBen Ross: And you, before this show?\n\nMarco Bell: Ask him.\n\nBen Ross: I spent six years on the Autopilot team at Waymo.',
    );
    expect(found, found.join('\n')).toContain('Marco Bell -WORKED_AT-> Tesla');
    expect(found, found.join('\n')).toContain('Ben Ross -WORKED_AT-> Waymo');
  });
});

describe('partners and co-founders a sentence names together', () => {
  it('"Quorvex and Peking University signed a joint research agreement" makes them partners', () => {
    const found = relationsOf('Host: Partners?\n\nGuest: I am chief scientist at Quorvex. Quorvex and Peking University signed a joint research agreement last year.');
    expect(found, found.join('\n')).toContain('Quorvex -PARTNERS_WITH-> Peking University');
  });
  it('"I left in 2023 to found Voltwise Cells with Ana Ruiz": Ana Ruiz co-founded it too', () => {
    const found = relationsOf('Host: And then?\n\nGuest: I left in 2023 to found Voltwise Cells with Ana Ruiz, who came from Argonne.');
    expect(found, found.join('\n')).toContain('Ana Ruiz -FOUNDED-> Voltwise Cells');
  });
});

describe('"X is a software problem" says X is a problem, not software', () => {
  it('the concept must end the phrase after "is a"', () => {
    const found = relationsOf('Host: And cognition?\n\nGuest: Cognition is a software problem. GAIA-2 is a world model that dreams.');
    expect(found.filter((r) => r.includes('-IS_A-> software')), found.join('\n')).toEqual([]);
    expect(found, found.join('\n')).toContain('GAIA-2 -IS_A-> world models');
  });
});

describe('"Y, the startup that X co-founded"', () => {
  it.each([
    ['Kestrel Intelligence, the startup that Ana Ruiz co-founded, raised a lot.', ['Ana Ruiz -FOUNDED-> Kestrel Intelligence']],
    ['We met Norvale Labs, a robotics lab which Ana Ruiz and Bob Lind started in 2020.', ['Ana Ruiz -FOUNDED-> Norvale Labs', 'Bob Lind -FOUNDED-> Norvale Labs']],
  ])('%s', (line, expected) => {
    const found = relationsOf(`Host: Who else?\n\nGuest: ${line}`);
    for (const relation of expected) expect(found, found.join('\n')).toContain(relation);
  });

  it('a company someone only joined is no founding: "Y, the startup that Ana Ruiz joined"', () => {
    const found = relationsOf('Host: Who else?\n\nGuest: Kestrel Intelligence, the startup that Ana Ruiz joined, raised a lot.');
    expect(found.filter((r) => r.includes('FOUNDED')), found.join('\n')).toEqual([]);
  });
});

describe('the investors after a round\'s lead', () => {
  it('"a Series B led by X, with Y and Z": X, Y and Z invested in the guest\'s company', () => {
    const found = relationsOf('Host: Welcome. With me is Petra Lind, CEO of Aldermoor Grid.\n\nPetra Lind: Thanks.\n\nHost: Money?\n\nPetra Lind: Yes, a 120 million dollar Series B led by Kestrel Ventures, with Harbour Capital and Norvale Partners.');
    for (const investor of ['Kestrel Ventures', 'Harbour Capital', 'Norvale Partners']) expect(found, found.join('\n')).toContain(`${investor} -INVESTED_IN-> Aldermoor Grid`);
  });
});

describe('relative clauses after a company', () => {
  const OPEN = 'Host: Welcome. With me is Petra Lind, CEO of Aldermoor Grid.\n\nPetra Lind: Thanks.\n\nHost: Suppliers?\n\n';

  it('"Kestrel Semiconductor, which manufactures our wafers": it supplies the guest\'s company', () => {
    const found = relationsOf(OPEN + 'Petra Lind: We work with Kestrel Semiconductor, which manufactures our photonic wafers.');
    expect(found, found.join('\n')).toContain('Kestrel Semiconductor -SUPPLIES-> Aldermoor Grid');
  });

  it('"Norvale Labs, which Harbour Capital backed early": an investment', () => {
    const found = relationsOf(OPEN + 'Petra Lind: Our rival is Norvale Labs, which Harbour Capital backed early.');
    expect(found, found.join('\n')).toContain('Harbour Capital -INVESTED_IN-> Norvale Labs');
  });

  it('"Norvale Labs, which Harbour Capital joined" is no investment', () => {
    const found = relationsOf(OPEN + 'Petra Lind: Our rival is Norvale Labs, which Harbour Capital joined as a partner.');
    expect(found.filter((r) => r.includes('INVESTED_IN')), found.join('\n')).toEqual([]);
  });
});

describe('"X, which is now part of Y"', () => {
  it.each([
    ['Mandora Labs, which is now part of Kestrel Robotics, published a report.', 'Mandora Labs -PART_OF-> Kestrel Robotics'],
    ['Mandora Labs, a division of Kestrel Robotics, published a report.', 'Mandora Labs -PART_OF-> Kestrel Robotics'],
  ])('%s', (line, relation) => {
    const found = relationsOf(`Host: Who?\n\nGuest: ${line}`);
    expect(found, found.join('\n')).toContain(relation);
  });
});

describe('an organisation putting out a report', () => {
  it('"The Nordic Energy Agency put out its Grid Storage Outlook last month": PUBLISHED', () => {
    const found = relationsOf('Host: Numbers?\n\nGuest: The Nordic Energy Agency put out its Grid Storage Outlook last month, and it is grim.');
    expect(found, found.join('\n')).toContain('Nordic Energy Agency -PUBLISHED-> Grid Storage Outlook');
  });

  it('a company releasing an unknown name is no publication: "Kestrel Labs released Orvik"', () => {
    const found = relationsOf('Host: News?\n\nGuest: Kestrel Labs released Orvik last month.');
    expect(found.filter((r) => r.includes('PUBLISHED')), found.join('\n')).toEqual([]);
  });
});

describe('a list of investments that repeats its preposition', () => {
  it('"you invested in A and in B": the addressee invested in both', () => {
    const found = relationsOf('**Host:** Priya, you invested in Quillfeather and in Northwind Robotics. Why both?\n\n**Priya Raman:** Both had great teams.');
    expect(found).toEqual(expect.arrayContaining(['Priya Raman -INVESTED_IN-> Quillfeather', 'Priya Raman -INVESTED_IN-> Northwind Robotics']));
  });

  it('"Sequoia invested in A, B and C": each company', () => {
    const found = relationsOf('Last year Sequoia Capital invested in Quillfeather, Larkspur Labs and Northwind Robotics.');
    expect(found).toEqual(expect.arrayContaining(['Sequoia Capital -INVESTED_IN-> Quillfeather', 'Sequoia Capital -INVESTED_IN-> Larkspur Labs', 'Sequoia Capital -INVESTED_IN-> Northwind Robotics']));
  });
});

describe('a stake bought in a company', () => {
  it('"X bought a minority stake in Y": X invested in Y', () => {
    expect(relationsOf('Last year Sequoia Capital bought a minority stake in Larkspur Labs.')).toContain('Sequoia Capital -INVESTED_IN-> Larkspur Labs');
  });

  it('a guest\'s "Krafton bought a minority stake in 2024" is a stake in the guest\'s company', () => {
    const found = relationsOf(
      '**Host:** My guest today is Ines Varga, the studio head at Quillfeather Games.\n\n**Ines Varga:** Thanks. Korvath Holdings bought a minority stake in 2024.\n\n**Host:** Great.\n',
    );
    expect(found).toContain('Korvath Holdings -INVESTED_IN-> Quillfeather Games');
  });
});
