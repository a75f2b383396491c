// Typed error for `turngraph eval`: a graph or gold file that is missing or not in the expected shape.
// The CLI prints its message as one line ("turngraph eval: gold.json: not valid JSON").
import { TurngraphError } from '../../extract/errors.ts';

export class EvalError extends TurngraphError {
  constructor(message: string) {
    super('turngraph eval', message);
  }
}
