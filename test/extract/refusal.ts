// What the reader says of a file it refuses: one InputError line, "turngraph read: PATH: why", never a stack trace.
import { expect } from 'vitest';
import { InputError } from '../../extract/errors.ts';
import { readTranscript } from '../../extract/stages/read.ts';

/** Reads `path`, expecting a refusal; returns its one-line message for the caller to match. */
export function refusal(path: string): string {
  let caught: unknown;
  try {
    readTranscript(path);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  const text = (caught as Error).message;
  expect(text).toMatch(/^turngraph read: /);
  expect(text).not.toContain('\n');
  return text;
}
