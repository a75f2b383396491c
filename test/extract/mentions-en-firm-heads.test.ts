// Tests for two or three capitalised words that name a firm, not a person (extract/stages/mentions/latin.ts and
// cues.json orgHeads): a last word only a firm's name ends in (Growers, Shipyards, Authority, Biologics, RFC), or a first word that is
// an adjective or a demonym (Golden Acre, Swiss Re), which no first name is.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('a last word only firms end in', () => {
  it.each([
    ['The almonds go through Calloway Growers every autumn.', 'Calloway Growers'],
    ['The barge was converted by Tennant Shipyards in Louisiana.', 'Tennant Shipyards'],
    ['Our newbuildings come from Yanzhou Shipbuilding and from a yard in Korea.', 'Yanzhou Shipbuilding'],
    ['Is Carolina Harbour Authority happy with the timeline?', 'Carolina Harbour Authority'],
    ['Nurses from Ramsey Healthcare staff the clinics.', 'Ramsey Healthcare'],
    ['We run apprenticeships with Pinal Community Colleges now.', 'Pinal Community Colleges'],
    ['In Norway, Brekke Arkitekter designed the tower.', 'Brekke Arkitekter'],
    ['The hall was designed by Holloway Architects in 2019.', 'Holloway Architects'],
    ['New carriers entered the state, such as Tarpon Insurance, last spring.', 'Tarpon Insurance'],
    ['We closed the acquisition of Renfrew Biologics in August.', 'Renfrew Biologics'],
    ['Before this role I was at Sanwa Chemical in Osaka.', 'Sanwa Chemical'],
    ['She left for Kestrel Genomics last year.', 'Kestrel Genomics'],
    ['I coached at Clifton RFC for six seasons.', 'Clifton RFC'],
    ['The lithium comes from Tarrow Mining in Western Australia.', 'Tarrow Mining'],
  ])('%s → organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('co-operatives, school districts, campuses', () => {
  it.each([
    ['St. Cloud Public Schools will host the clinics.', 'St. Cloud Public Schools'],
    ['We sell our oats through Hamlin Co-op and a mill.', 'Hamlin Co-op'],
    ['Dr. Ines Brandt at UC Davis tested our fields.', 'UC Davis'],
    ['Our carbon credits are bought by Tessel Ag every spring.', 'Tessel Ag'],
  ])('%s → organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('a co-operative goes by its name without "Cooperative" too', () => {
    const doc = extractText('Hollin Vale Cooperative started in 2014. Today Hollin Vale has forty farms.');
    const coop = doc.entities.find((e) => e.label === 'Hollin Vale Cooperative');
    expect(coop?.aliases).toContain('Hollin Vale');
    expect(doc.entities.find((e) => e.label === 'Hollin Vale')).toBeUndefined();
  });
});

describe('an adjective or a demonym first is no first name', () => {
  it.each([
    ['Since last year Golden Acre buys our oats.', 'Golden Acre'],
    ['Six insurers failed, including Southern Fidelity and two others.', 'Southern Fidelity'],
    ['The price is set by Swiss Re at the June renewals.', 'Swiss Re'],
  ])('%s → organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ['We spoke to Grace Tarrant about the plant in Arizona.', 'Grace Tarrant'],
    ['Our analyst Orla Kessing wrote the report.', 'Orla Kessing'],
  ])('a first name still opens a person: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});
