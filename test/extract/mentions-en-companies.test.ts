// Tests for English company discovery (extract/stages/mentions/latin.ts appositives, mentions/latinshort.ts short forms)
// and the US states of the place lexicon: what a reader of an unseen English transcript expects as entities.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../extract/types.ts';
import { extractText } from './extract-text.ts';

function entities(text: string): Entity[] {
  return extractText(text, 'doc').entities;
}
const typeOf = (es: Entity[], label: string) => es.find((e) => e.label === label || e.aliases.includes(label))?.type;

describe('an appositive says a name is a company', () => {
  it.each([
    ['In March we acquired Helio Thermal, a thermal storage startup out of Denver.', 'Helio Thermal'],
    ['On stage was the chief executive of Voltaire Storage, a battery maker based in Reno, Nevada.', 'Voltaire Storage'],
    ['We made a strategic investment in Cobalt Compute, a software startup in Seattle that builds compilers.', 'Cobalt Compute'],
    ['We also work with Jordan Energy, the utility, on a clean tariff.', 'Jordan Energy'],
    // The appositive is the organization's own name, its head in title case.
    ['Second, Te Ara Hou, the Northland Roads Agency, has awarded the bridge contract.', 'Te Ara Hou'],
  ])('%s → %s is an organization', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });

  it.each([
    ['I spoke with Alice Moreno, a member of the group that wrote it.', 'Alice Moreno'],
    ['We met Daniel Okafor, a startup founder from Lagos.', 'Daniel Okafor'],
  ])('%s → %s stays a person', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('person');
  });
});

describe("a company's short form is the company", () => {
  it('Veridian after Veridian Systems is one organization, though "-ian" looks like an adjective', () => {
    const es = entities('Welcome to the Veridian Systems earnings call.\n\nQ3 was a record quarter for Veridian. I joined Veridian in June.');
    const veridian = es.filter((e) => e.label.startsWith('Veridian'));
    expect(veridian).toHaveLength(1);
    expect(veridian[0].type).toBe('organization');
    expect(veridian[0].mentions).toHaveLength(3);
  });

  it('a stem the document also writes in lower case is no name (General Systems ≠ "General")', () => {
    const es = entities('General Systems makes radios. In general, General is a hard word.');
    expect(es.filter((e) => e.label === 'General')).toEqual([]);
  });
});

describe('US states are places', () => {
  it.each([
    ['including one in Charlotte, North Carolina, and one in Mexico', 'North Carolina'],
    ['Our first project is with Exelon in Pennsylvania.', 'Pennsylvania'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('place');
  });
});

describe('a city before its state or country is a place', () => {
  it('Charlotte, North Carolina is a place, not a person called Charlotte', () => {
    const es = entities('Siemens Energy is investing in new factories, including one in Charlotte, North Carolina, and one in Mexico.');
    expect(typeOf(es, 'Charlotte')).toBe('place');
  });
  it('a name addressed before a clause about a place stays a person (Sophie, Germany has …)', () => {
    const es = entities('Thanks. Sophie Laurent, Germany has the most plants, right? Sophie Laurent agreed.');
    expect(typeOf(es, 'Sophie Laurent')).toBe('person');
  });
});

describe('a sentence opening "In <name>" sets the scene in a place', () => {
  it.each([
    ['We lend to cities. In Medellín we financed the electric buses.', 'Medellín'],
    ['Our pilots went well. In Arequipa, the mayor signed on.', 'Arequipa'],
  ])('%s → %s is a place', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('place');
  });

  it('a company after "In" with no scene after it stays one', () => {
    expect(typeOf(entities("We benchmarked it. In Nvidia's case it works, and in Stripe's case too."), 'Stripe')).not.toBe('place');
  });
});

describe('where a plant or a site is: a place', () => {
  it.each([
    ['Our first plant is in Pueblo, and Front Range Power is our anchor customer.', 'Pueblo'],
    ['Two hyperscalers asked us about sites near Kearney.', 'Kearney'],
    ['Our headquarters are in Tromsø, and the factory is in Mo i Rana.', 'Tromsø'],
  ])('%s → %s is a place', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('place');
  });

  it('a company "near" another in a ranking stays a company', () => {
    expect(typeOf(entities('Our model is near Vantage Labs on most benchmarks.'), 'Vantage Labs')).toBe('organization');
  });
});

describe('a name before a vehicle or battery noun is a product', () => {
  it.each([
    ['The factory will make our Aurora hatchback, which we released in China last year.', 'Aurora'],
    ['We tested the Halden battery down to minus 20 Celsius.', 'Halden'],
    ['Sales of the new Brisa inverter doubled.', 'Brisa'],
    ['Next year the Marlow robot goes into warehouses.', 'Marlow'],
    ['Last year we bought a scheduling app called Tandem.', 'Tandem'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('product');
  });

  it('a cue word is whole: "robot" in "robotaxi" types nothing', () => {
    expect(typeOf(entities('It was built for vehicles like the Velmora robotaxi that Amazon owns.'), 'Velmora')).not.toBe('product');
  });

  it('one product cue outweighs any number of bare mentions of the name', () => {
    const text =
      'Demand for our Corrib battery was strong. We shipped Corrib systems to Texas, Corrib units to Ohio, ' +
      'and pricing on Corrib held. Corrib margins rose.';
    expect(typeOf(entities(text), 'Corrib')).toBe('product');
  });
});

describe('role labels and technology acronyms are no organizations', () => {
  it('an "AUDIENCE MEMBER:" line in capitals names no organization', () => {
    const es = entities('RACHEL ADEYEMI: One more question.\n\nAUDIENCE MEMBER: For Lars: will Siemens Energy buy from China?\n\nLARS NORDSTRÖM: Some parts.');
    expect(es.map((e) => e.label)).not.toContain('AUDIENCE MEMBER');
    expect(typeOf(es, 'Siemens Energy')).toBe('organization');
  });

  it.each([
    ['SK Hynix supplies most of our HBM, and Micron qualified this quarter.', 'HBM'],
    ['We supply HVDC links for the project, and HVDC converter stations are sold out.', 'HVDC'],
    ['For the cheaper models we use LFP cells from BYD.', 'LFP cells'],
  ])('%s → %s is a concept', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('concept');
  });

  it.each([
    ['主持人：说说。\n\n嘉宾：一颗SoC同时跑座舱和辅助驾驶，算力做到了200 TOPS。', ['SoC', 'TOPS']],
    ['Cursor is an IDE for developers, and our FPGA team moved legacy code from COBOL to Java.', ['IDE', 'FPGA', 'COBOL', 'Java']],
  ])('%s: no organization among %s', (text, names) => {
    const es = entities(text);
    for (const name of names) expect(typeOf(es, name)).not.toBe('organization');
  });
});

describe('"and" between two names that stand alone gives two names', () => {
  it.each([
    ['Who wins the race between Alibaba and Stanford University\nthis year?', ['Alibaba', 'Stanford University']],
    ['She spent a decade at NVIDIA and Accel Partners.', ['NVIDIA', 'Accel Partners']],
    ['We hired from Brightline Labs and Harbor Capital last spring.', ['Brightline Labs', 'Harbor Capital']],
  ])('%s → %j', (text, names) => {
    const labels = entities(text).map((e) => e.label);
    expect(labels.filter((l) => / and /.test(l))).toEqual([]);
    for (const name of names) expect(labels).toContain(name);
  });

  it.each([
    ['The CHIPS and Science Act changed our plans.', 'CHIPS and Science Act'],
    ['A grant from the Bill and Melinda Gates Foundation paid for it.', 'Bill and Melinda Gates Foundation'],
    ['We testified before the House Energy and Commerce Committee.', 'House Energy and Commerce Committee'],
  ])('%s → %s stays one name', (text, name) => {
    expect(entities(text).map((e) => e.label)).toContain(name);
  });
});

describe('an organization head before a place names one organization', () => {
  it.each([
    ['We hired two researchers from University College London last year.', 'University College London'],
    ['Her postdoc was at Imperial College London, in robotics.', 'Imperial College London'],
  ])('%s → %s is an organization', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });
});

describe('names a reader of a new magazine interview types at a glance', () => {
  it.each([
    ['Mostly we compete with Universal Robots and their integrators.', 'Universal Robots', 'organization'],
    ['She writes for Robotics Weekly every month.', 'Robotics Weekly', 'organization'],
    ['Next month we hired Park Ji-ho from Samsung Heavy Industries.', 'Park Ji-ho', 'person'],
    ['Hyundai Heavy Industries started a pilot in Ulsan last autumn.', 'Ulsan', 'place'],
    ['Our software, which we call Beacon, lets a foreman teach a seam.', 'Beacon', 'product'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(entities(text), name)).toBe(type);
  });
});

describe('a word opening the sentence before a known name is no part of it', () => {
  it.each([
    ['Visit Tokyo, and bring your engineers.', 'Tokyo'],
    ['Call Microsoft tomorrow and ask for the team.', 'Microsoft'],
    ['Ask Google about it.', 'Google'],
  ])('%s → %s', (text, name) => {
    const es = entities(text);
    expect(es.map((e) => e.label)).toContain(name);
    expect(es.some((e) => e.label.includes(' ') && e.label.endsWith(name)), es.map((e) => e.label).join(', ')).toBe(false);
  });

  it('a company opening a sentence keeps its name when the known word it ends in is a concept: "Xcel Energy objected"', () => {
    const es = entities('Large loads now sign a tariff. Xcel Energy objected to parts of it. We competed with Xcel for the load.');
    expect(typeOf(es, 'Xcel Energy')).toBe('organization');
  });

  it('products and companies every reader knows: a Raspberry Pi, Capital One, 平安保险', () => {
    const es = entities('We run it on a Raspberry Pi. 客户有 Capital One 和平安保险。');
    expect(typeOf(es, 'Raspberry Pi')).toBe('product');
    expect(typeOf(es, 'Capital One')).toBe('organization');
    expect(typeOf(es, 'Ping An Insurance')).toBe('organization');
  });
});

describe('a fusion podcast: labs, facilities and machines', () => {
  it.each([
    ['I worked on the National Ignition Facility for years.', 'National Ignition Facility', 'organization'],
    ['Our first machine is called Ember, and it is pulsed.', 'Ember', 'product'],
    ['Their SPARC tokamak will be a big moment.', 'SPARC', 'product'],
    ['Our Fjord arm rolls along the hull on magnets.', 'Fjord', 'product'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(entities(text), name)).toBe(type);
  });
});

describe('a one-word company a cue names once is that company wherever the document writes it', () => {
  it('Veridian, cued by "chief scientist at", is a mention at a sentence start and before "and" too', () => {
    const text = 'Joining me is Oskar Lindqvist, chief scientist at Veridian.\n\nVeridian is a small company in Stockholm. Last year Veridian and Peking University signed an agreement.';
    const veridian = entities(text).filter((e) => e.label === 'Veridian');
    expect(veridian).toHaveLength(1);
    expect(veridian[0].type).toBe('organization');
    expect(veridian[0].mentions).toHaveLength(3);
  });

  it('a cued word the document also writes in lower case gains no mentions (Summit, summit)', () => {
    const text = 'She is a partner at Granite. We climbed to the summit. Granite is hard, and granite is grey.';
    expect(entities(text).find((e) => e.label === 'Granite')?.mentions.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('a ticker after its exchange is the company, not another organization', () => {
  it.each([
    ['Halvorsen Robotics, Inc. (NASDAQ: HLVR) reported record revenue. Halvorsen Robotics ships arms.', 'HLVR', 'Halvorsen Robotics'],
    ['Corvane Energy Corp. (NYSE: CRV) today reported third quarter results.', 'CRV', 'Corvane Energy'],
  ])('%s → %s is %s', (text, ticker, company) => {
    const es = entities(text);
    expect(es.filter((e) => e.label === ticker)).toEqual([]);
    expect(es.find((e) => e.label.startsWith(company))?.aliases ?? []).toContain(ticker);
  });
});

describe('names of the energy and robotics trade a reader expects known (lexicon)', () => {
  it.each([
    ['We also work with Lawrence Livermore on grid models.', 'Lawrence Livermore', 'Lawrence Livermore National Laboratory', 'organization'],
    ['Pacific Gas and Electric is our biggest customer.', 'Pacific Gas and Electric', 'Pacific Gas and Electric', 'organization'],
    ['Before I joined 1X I was at Google DeepMind.', '1X', '1X Technologies', 'organization'],
    ['I led cell qualification on the Megapack team at Tesla.', 'Megapack', 'Megapack', 'product'],
  ])('%s → %s', (text, surface, label, type) => {
    const e = entities(text).find((x) => x.label === label);
    expect(e?.type).toBe(type);
    expect(e?.mentions.length).toBe(1);
    expect(entities(text).filter((x) => x.label !== label && surface.includes(x.label))).toEqual([]);
  });
});

describe('a capitalised acronym typed by its shape alone yields to a cue', () => {
  it('"our NEO robots" makes NEO a product, though "two NEO prototypes" alone would read as an organization', () => {
    const es = entities('At Kestrava we train policies on data from our NEO robots in real homes. We use new cells in two NEO prototypes now.');
    expect(es.find((e) => e.label === 'NEO')?.type).toBe('product');
  });
});

describe('a company word ending a name makes it a company, not a person', () => {
  it.each([
    ['We partnered with Thermo Fisher Scientific on the liquid handling.', 'Thermo Fisher Scientific'],
    ['Our drives come from Hallam Electric in Ohio.', 'Hallam Electric'],
    ['The trial ran with Verna Therapeutics last spring.', 'Verna Therapeutics'],
    ['Their chips are made by Corwin Semiconductor.', 'Corwin Semiconductor'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });
});

describe('a place and a plural noun name a team or a company', () => {
  it.each([
    ['We sold the naming rights when the Sacramento Kings moved downtown.', 'Sacramento Kings'],
    ['Our jerseys outsold the Chicago Owls last season.', 'Chicago Owls'],
    ['The New York Comets signed a streaming deal last week.', 'New York Comets'],
  ])('%s → organization', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });

  it('a place head stays a place: the Hawaiian Islands, the Rocky Mountains', () => {
    const es = entities('We flew over the Rocky Mountains to the Hawaiian Islands.');
    expect(typeOf(es, 'Rocky Mountains')).toBe('place');
    expect(typeOf(es, 'Hawaiian Islands')).toBe('place');
  });
});

describe('a name ending in a known place of two words is named after it', () => {
  it.each([
    ['Michael Chen, Radio New Zealand. On the contract, how much is it worth?', 'Radio New Zealand'],
    ['We bank with Kiwi Hong Kong for the Asian business.', 'Kiwi Hong Kong'],
  ])('%s → organization', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });

  it('a one-word place ends a personal name still: Jack London', () => {
    expect(typeOf(entities('We read Jack London at school, then moved to London.'), 'Jack London')).toBe('person');
  });
});

describe('an asterisk inside a name in capitals', () => {
  it('"A*STAR" is one organization, not "STAR"', () => {
    const es = entities('She did her PhD at A*STAR in Singapore, and A*STAR funded the lab.');
    expect(typeOf(es, 'A*STAR')).toBe('organization');
    expect(es.filter((e) => e.label === 'STAR')).toEqual([]);
  });

  it('Markdown emphasis around a word stays outside it: *FOO* is FOO', () => {
    const es = entities('We met the team of *KESTRAL* at the fair, and KESTRAL called back.');
    expect(es.some((e) => e.label === 'KESTRAL')).toBe(true);
  });
});

describe('a place the document names is no short form of a company named after it', () => {
  it('"the Sacramento Owls" then "when I got to Sacramento": Sacramento stays a place', () => {
    const es = entities('We sold the naming rights of the Sacramento Owls last year. When I got to Sacramento, the arena was empty.');
    expect(typeOf(es, 'Sacramento Owls')).toBe('organization');
    expect(es.find((e) => e.label === 'Sacramento')?.type).toBe('place');
  });

  it('a short form that names no place still joins its company: Veldra for Veldra Systems', () => {
    const es = entities('Veldra Systems builds grid software. We met the Veldra team in Denver.');
    expect(es.find((e) => e.label === 'Veldra Systems')?.aliases).toContain('Veldra');
  });
});

describe('a place is no short form of a name that starts or ends with it', () => {
  it('"Jack London" and "moved to London": London stays a place apart from him', () => {
    const es = entities('We read Jack London at school. Then I moved to London for work.');
    expect(es.find((e) => e.label === 'London')?.type).toBe('place');
  });
});

describe('a small number inside a name that ends in a head word', () => {
  it.each([
    ['Golden 1 Center opened in 2016, downtown.', 'Golden 1 Center', 'place'],
    ['We hired two engineers from Area 51 Labs last spring.', 'Area 51 Labs', 'organization'],
  ])('%s → %s', (text, name, type) => {
    expect(typeOf(entities(text), name)).toBe(type);
  });

  it('a score between two names joins nothing: "Norvale 3 Kestrel 1" has no head word', () => {
    const es = entities('The final was Norvale 3 Kestrel 1, and Kestrel fans left early.');
    expect(es.filter((e) => e.label.includes('3'))).toEqual([]);
  });
});

describe('a team goes by its last word', () => {
  it('"the Chicago Owls" then "the Owls partnered with Y": one organization', () => {
    const es = entities('We sold the Chicago Owls a stadium deal. Then the Owls partnered with DraftKings.');
    expect(es.find((e) => e.label === 'Chicago Owls')?.aliases).toContain('Owls');
    expect(es.filter((e) => e.label === 'Owls')).toEqual([]);
  });

  it('a nickname two teams share names neither', () => {
    const es = entities('The Chicago Owls beat the Denver Owls. The Owls fans were loud.');
    expect(es.find((e) => e.label === 'Chicago Owls')?.aliases ?? []).not.toContain('Owls');
  });
});

describe('investors the lexicon knows', () => {
  it('"T. Rowe Price" and "Flagship Pioneering" are organizations, not people', () => {
    const es = entities('We raised money from T. Rowe Price and Fidelity, after a seed from Flagship Pioneering.');
    expect(typeOf(es, 'T. Rowe Price')).toBe('organization');
    expect(typeOf(es, 'Flagship Pioneering')).toBe('organization');
    expect(es.filter((e) => e.label === 'Rowe Price')).toEqual([]);
  });
});

describe('an organization noun before "called"', () => {
  it.each([
    ['Early signs point to a group called Vesper Spider, mostly teenagers.', 'Vesper Spider'],
    ['I invested in a startup called Lena Marsh last year.', 'Lena Marsh'],
  ])('%s', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });

  it('a person "called" by a friend stays a person: "my friend called Anna Holt"', () => {
    expect(typeOf(entities('Then my friend called Anna Holt to ask.'), 'Anna Holt')).toBe('person');
  });
});

describe('US agencies the lexicon knows', () => {
  it('HHS, the FBI and CISA are governments, one node each with their short forms', () => {
    const es = entities('The FBI briefed CISA, and the Department of Health and Human Services (HHS) proposed rules; HHS and the Cybersecurity and Infrastructure Security Agency agreed.');
    expect(typeOf(es, 'Department of Health and Human Services')).toBe('government');
    expect(typeOf(es, 'Federal Bureau of Investigation')).toBe('government');
    expect(typeOf(es, 'Cybersecurity and Infrastructure Security Agency')).toBe('government');
    expect(es.filter((e) => e.label === 'Services' || e.label === 'Department of Health')).toEqual([]);
  });
});

describe('a known company and an adjective', () => {
  it('"a senior correspondent at Bloomberg Green" names one organization, no product "Green"', () => {
    const es = entities('Our moderator is a senior correspondent at Bloomberg Green, and she covers storage.');
    expect(typeOf(es, 'Bloomberg Green')).toBe('organization');
    expect(es.filter((e) => e.label === 'Green')).toEqual([]);
  });

  it('a known company and a noun still name its product: "Tesla Optimus"', () => {
    expect(typeOf(entities('We watched the Tesla Optimus demo twice.'), 'Optimus')).toBe('product');
  });
});

describe('an appositive in a relative clause: "X, which is a ... cooperative"', () => {
  it.each([
    ['We signed a jersey deal with Blue Orchard Growers, which is a Sacramento almond cooperative.', 'Blue Orchard Growers'],
    ['Our partner is Harbour Vale, a local football club with a big academy.', 'Harbour Vale'],
  ])('%s', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });

  it('a person with a relative clause stays a person: "Ana Ruiz, who is a member of the club"', () => {
    expect(typeOf(entities('We hired Ana Ruiz, who is a member of the club, last year.'), 'Ana Ruiz')).toBe('person');
  });
});

describe('a name ending in "Games"', () => {
  it.each([
    ['For the sequel, Korvath Games was great about the engine switch.', 'Korvath Games', 'organization'],
    ['We licensed the engine to Brindle Games last year.', 'Brindle Games', 'organization'],
    ['Our team went to the Commonwealth Games in August.', 'Commonwealth Games', 'event'],
    ['She won silver at the Asian Games.', 'Asian Games', 'event'],
  ])('%s → %s is %s', (text, name, type) => {
    expect(typeOf(entities(text), name)).toBe(type);
  });
});

describe("an institution named after someone's", () => {
  it.each([
    ["We run the trial with Queen's College Dunmore and two trusts.", "Queen's College Dunmore"],
    ["The pilot started at St Brigid's Hospital in March.", "St Brigid's Hospital"],
  ])('%s → %s is one organization', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });

  it("a known organization's school stays that organization (Stanford's School of Medicine)", () => {
    expect(typeOf(entities("She teaches at Stanford's School of Medicine."), 'Stanford University')).toBe('organization');
  });
});
