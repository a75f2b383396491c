// Tests for English lexicon entries (extract/data/lexicon/*.json) met in a veterinary podcast, an open-source panel,
// a fusion investor day, an opera show and a UN briefing: drugs and software are products, outlets and firms
// organizations, licences and operas works.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('drugs, software, outlets and firms the lexicon knows', () => {
  it.each([
    ['Zoetis launched Apoquel, and later Librela for pain.', 'Apoquel', 'product'],
    ['Most of my patients on Keytruda do well.', 'Keytruda', 'product'],
    ['HashiCorp moved Terraform to the Business Source License.', 'Terraform', 'product'],
    ['We fund OpenSSH and PHP, the boring infrastructure.', 'OpenSSH', 'product'],
    ['Amina Yusuf asked the question for Al Jazeera.', 'Al Jazeera', 'organization'],
    ['Our capacitor banks come from General Atomics.', 'General Atomics', 'organization'],
    ['I joined in 2015 after four years at Moët Hennessy in Épernay.', 'Moët Hennessy', 'organization'],
    ['Texas Tech built a school in Amarillo.', 'Texas Tech University', 'organization'],
    ['We moved the contract to Maersk last spring.', 'A.P. Moller-Maersk', 'organization'],
    ['WFP is now reaching two million people a month.', 'World Food Programme', 'government'],
    ['Redis came back to the AGPL last year.', 'GNU Affero General Public License', 'work'],
    ['We are doing Das Rheingold in February.', 'Das Rheingold', 'work'],
    ['Next I sing Boris Godunov at the Bavarian State Opera.', 'Boris Godunov', 'work'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });

  it('"Maersk Line" is the shipping firm, whole (no "Line")', () => {
    const labels = extractText('**Guest:** Maersk Line cut its rates again.\n\n**Host:** Thanks.\n').entities.map((e) => e.label);
    expect(labels).toContain('A.P. Moller-Maersk');
    expect(labels).not.toContain('Line');
  });
});
