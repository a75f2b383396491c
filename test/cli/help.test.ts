// What `--help` tells a user, and the errors of settings taken from the environment.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { turngraph } from './run.ts';

const COMMANDS = ['build', 'serve', 'sync', 'cypher', 'export', 'eval'];

describe('turngraph COMMAND --help', () => {
  for (const command of COMMANDS) {
    it(`${command}: each option states its default at most once, and never an empty one`, () => {
      const result = turngraph([command, '--help']);
      expect(result.status).toBe(0);
      // commander wraps long lines: join each option's lines before looking at them
      const text = result.stdout.replace(/\n\s{10,}/g, ' ');
      for (const line of text.split('\n')) {
        expect(line.match(/\(default:/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
        expect(line, line).not.toContain('(default: "")');
      }
    });
  }

  it('build: says where the graph goes without -o and how many threads it uses', () => {
    const text = turngraph(['build', '--help']).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('graph-data/NAME.json');
    expect(text).toMatch(/default: \d+, the CPU cores/);
  });
});

describe('turngraph --version', () => {
  it('prints the version package.json declares, alone on its line, and exits 0 (-V too)', () => {
    const declared = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    for (const flag of ['--version', '-V']) {
      const result = turngraph([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${declared}\n`);
    }
  });
});

describe('turngraph serve with PORT from the environment', () => {
  it('a PORT that is no number: one line naming the variable and what it holds, non-zero exit', () => {
    const result = turngraph(['serve', 'graph-data/altman-o3-interview.zh.md'], { env: { PORT: 'abc' } });
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('invalid port "abc" (from the PORT environment variable)');
  });
});
