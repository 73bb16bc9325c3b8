// A run that cannot go on: what went wrong, as a code and parameters the words render in the
// user's language, and the exit code it ends with (1: the data, 2: how the program was called).
import type { CliTextKey } from './words';

/** The exit codes of `cxzy`: documented in `--help` and the README. */
export const EXIT = { clean: 0, dataProblems: 1, usage: 2 } as const;

/** Why a run stopped, rendered by `run` as a line, or as JSON under `--json`. */
export class CliFailure extends Error {
  /**
   * @param key - the text that says what went wrong.
   * @param params - the values the text names.
   * @param exitCode - 1 for a problem in the data or a file, 2 for a problem in the command line.
   */
  constructor(
    readonly key: CliTextKey,
    readonly params: Readonly<Record<string, string | number>>,
    readonly exitCode: 1 | 2,
  ) {
    super(key);
  }
}

/** A failure of the command line itself: exit code 2. */
export const usageFailure = (key: CliTextKey, params: Readonly<Record<string, string | number>> = {}): CliFailure => new CliFailure(key, params, EXIT.usage);

/** A failure of a file or its data: exit code 1. */
export const dataFailure = (key: CliTextKey, params: Readonly<Record<string, string | number>> = {}): CliFailure => new CliFailure(key, params, EXIT.dataProblems);
