// The viewer server's typed error: bad graph paths, busy ports, a failed web build.
// Printed by the CLI as one line starting with "turngraph serve:".
import { TurngraphError } from '../../extract/errors.ts';

export class ServeError extends TurngraphError {
  constructor(message: string) {
    super('turngraph serve', message);
  }
}
