import type { Locale } from '../core/locale';
import type { Io } from './io';
import { say } from './words';

/** How long the work runs before a progress line appears, and how often it is redrawn (milliseconds). */
const SHOW_AFTER = 1000;
const REDRAW_EVERY = 250;

/** The rows read so far, on one line of standard error that redraws itself. */
export interface Progress {
  /** Records that `rows` rows have been read in all. */
  readonly update: (rows: number) => void;
  /** Clears the line, if one was shown. */
  readonly done: () => Promise<void>;
}

/**
 * A progress line on standard error, shown only when it is a terminal and the work has taken more
 * than a second: nothing in a pipe, a file or a test that does not ask for it.
 *
 * @param io - the program's surroundings: its standard error, whether that is a terminal, its clock.
 * @param locale - the language of the line.
 */
export function progressLine(io: Io, locale: Locale): Progress {
  const now = io.now;
  if (io.stderrIsTerminal !== true || now === undefined) return { update: () => undefined, done: async () => undefined };
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    update: (rows) => {
      const at = now();
      if (at - started < SHOW_AFTER || at - drawn < REDRAW_EVERY) return;
      drawn = at;
      shown = true;
      void io.stderr.write(`\r${say(locale, 'progress', { rows: rows.toLocaleString('en-US') })}\u001b[K`);
    },
    done: async () => {
      if (shown) await io.stderr.write('\r\u001b[K');
    },
  };
}
