// Tests for earnings calls: the executives an investor-relations host presents ("With me today are A, our CEO; B, our
// CFO") work for the company whose call it is, so their "we" is that company.
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(text, 'call.en');

const call = (welcome: string) => `# Q2 2026 Results

**Operator:** Good morning. ${welcome} I will now turn the call over to Nina Park, head of investor relations.

**Nina Park:** Thank you. With me today are Omar Reyes, our Chief Executive Officer; and Lena Vogt, our Chief Financial Officer.

**Omar Reyes:** Thanks, Nina. This quarter we signed a supply agreement with Siemens, and we opened a plant in Monterrey.

**Lena Vogt:** Thank you, Omar. Margins were up.

**Operator:** Our first question comes from Ravi Shah with Morgan Stanley.

**Ravi Shah:** Thanks. Omar, will you partner with Nvidia?

**Omar Reyes:** We already partner with Nvidia on perception.
`;

describe('earnings calls', () => {
  it('gives the presented executives the company whose call it is, and their "we" its statements', () => {
    const found = relationsOf(call('Welcome to the Corvane Robotics second quarter 2026 earnings conference call.'));
    for (const r of ['Omar Reyes -WORKS_AT-> Corvane Robotics', 'Lena Vogt -WORKS_AT-> Corvane Robotics', 'Corvane Robotics -PARTNERS_WITH-> Siemens', 'Corvane Robotics -PARTNERS_WITH-> NVIDIA', 'Corvane Robotics -LOCATED_IN-> Monterrey']) {
      expect(found, found.join('\n')).toContain(r);
    }
    expect(found.filter((r) => r.startsWith('Ravi Shah -WORKS_AT->'))).toEqual(['Ravi Shah -WORKS_AT-> Morgan Stanley']);
  });

  it('gives them no company when the call names none, or two', () => {
    for (const welcome of ['Welcome to the second quarter 2026 earnings conference call.', 'Welcome to the Corvane Robotics and Siemens joint results call.']) {
      const found = relationsOf(call(welcome));
      expect(found.filter((r) => r.startsWith('Omar Reyes -WORKS_AT->')), found.join('\n')).toEqual([]);
    }
  });
});

describe('a sentence listing thousands of names', () => {
  it('is read in time proportional to its length (list slots are bounded)', () => {
    const sentence = (n: number) => `Host: Hi.\n\nGuest: We met ${Array.from({ length: n }, (_, i) => ['Google', 'Meta', 'Zorvex'][i % 3]).join(', ')}.\n\nHost: Bye.\n`;
    const time = (n: number) => {
      const started = performance.now();
      relationsOf(sentence(n));
      return performance.now() - started;
    };
    time(300); // warm up
    // The best of three runs each, taken in turn, so a burst of load on a shared machine slows one run, not the ratio.
    let small = Infinity;
    let large = Infinity;
    for (let round = 0; round < 3; round++) {
      small = Math.min(small, time(3_000));
      large = Math.min(large, time(12_000));
    }
    // Linear: about 4×. Quadratic (each list slot re-reading the whole list at every name) was 16× and 36 s.
    expect(large / small).toBeLessThan(9);
  });
});
