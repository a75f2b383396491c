// en-stake-in with the plural verb after a list of owners: "Siemens and AES both still own a big stake in Fluence".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('relations: owners of a stake, plural', () => {
  it('each owner of a list invested in the company', () => {
    const edges = relationsOf('**Host:** Who owns it?\n\n**Elena Ruiz:** Siemens and AES both still own a big stake in Fluence.\n');
    expect(edges).toEqual(expect.arrayContaining(['Siemens -INVESTED_IN-> Fluence', 'AES -INVESTED_IN-> Fluence']));
  });

  it('"hold" as well', () => {
    const edges = relationsOf('**Host:** Who owns it?\n\n**Elena Ruiz:** Temasek and Mubadala hold a minority stake in Corvane.\n');
    expect(edges).toEqual(expect.arrayContaining(['Temasek -INVESTED_IN-> Corvane', 'Mubadala -INVESTED_IN-> Corvane']));
  });
});
