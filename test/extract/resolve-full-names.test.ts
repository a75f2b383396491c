// Tests for the label of a name said mostly in short (extract/stages/resolve.ts): "Tessellate" joins Tessellate Robotics,
// and the node a user sees is labelled with the full name, the short form an alias — in one document and merged.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../extract/index.ts';
import { extractText } from './extract-text.ts';

const extract = (id: string, text: string) => extractText(text, id);

// The full names come once each, the short forms more often: a vote by count would label the nodes with the short forms.
const PITCH = [
  'Host: Today my guest runs Quillmark Robotics, which raised its seed round from Ferrant Capital.',
  'Dana Whitfield: Thanks. At Quillmark we build warehouse arms. Quillmark ships to Ohio, and Quillmark hires in Austin.',
  'Host: And Ferrant? Ferrant led the round, right? Ferrant also backs drone makers.',
].join('\n\n');

describe('a short form said more often than its full name', () => {
  it('labels the organization with the full name, the short form an alias', () => {
    const { entities } = extract('pitch', PITCH);
    const quill = entities.filter((e) => e.label.startsWith('Quillmark') || e.aliases.includes('Quillmark'));
    expect(quill).toHaveLength(1);
    expect(quill[0]).toMatchObject({ label: 'Quillmark Robotics', type: 'organization' });
    expect(quill[0].aliases).toContain('Quillmark');
    const ferrant = entities.find((e) => e.aliases.includes('Ferrant') || e.label === 'Ferrant');
    expect(ferrant?.label).toBe('Ferrant Capital');
  });

  it('keeps the full name as the label when two documents are merged', () => {
    const second = 'Host: Welcome back. Quillmark Robotics is here again.\n\nDana Whitfield: Quillmark doubled revenue. Quillmark is hiring.';
    const graph = buildGraph([extract('pitch', PITCH), extract('followup', second)]);
    const labels = graph.mapNodes((_, a) => a.label).filter((l) => l.startsWith('Quillmark'));
    expect(labels).toEqual(['Quillmark Robotics']);
    const node = graph.findNode((_, a) => a.label === 'Quillmark Robotics')!;
    expect(graph.getNodeAttribute(node, 'aliases')).toContain('Quillmark');
    expect(graph.getNodeAttribute(node, 'documents')).toEqual(['followup', 'pitch']);
  });

  it('labels a person with the full name though the first name alone is said more', () => {
    const text = 'Host: I read about Marguerite Okonkwo last week.\n\nGuest: Marguerite is great. Marguerite wrote the paper, and Marguerite leads the lab.';
    const person = extract('p', text).entities.find((e) => e.aliases.includes('Marguerite') || e.label === 'Marguerite');
    expect(person?.label).toBe('Marguerite Okonkwo');
  });
});
