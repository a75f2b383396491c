// Typed errors for fatal problems. Each message starts with the part of turngraph that threw it,
// so the CLI can print it as one line ("turngraph read: …: not valid UTF-8").

export class TurngraphError extends Error {
  readonly owner: string;
  constructor(owner: string, message: string) {
    super(`${owner}: ${message}`);
    this.owner = owner;
    this.name = new.target.name;
  }
}

/** A transcript that cannot be read: missing, a directory, binary, not UTF-8. */
export class InputError extends TurngraphError {
  constructor(message: string) {
    super('turngraph read', message);
  }
}

/** A lexicon or rule file that cannot be loaded. */
export class LexiconError extends TurngraphError {
  constructor(message: string) {
    super('turngraph lexicon', message);
  }
}

/** Invalid options passed to a library function. */
export class OptionsError extends TurngraphError {
  constructor(owner: string, message: string) {
    super(owner, message);
  }
}
