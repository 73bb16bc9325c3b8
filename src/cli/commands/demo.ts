import type { Args } from '../args';
import { EXIT, usageFailure } from '../failure';
import type { Io } from '../io';
import { demoLines } from '../report/demoLines';

/** `cxzy demo`: the embedded example campaign's report. */
export async function demo(args: Args, io: Io): Promise<number> {
  const [extra] = args.positionals;
  if (extra !== undefined) throw usageFailure('tooManyFiles', { command: 'demo', extra });
  await io.stdout.write(`${demoLines(args.locale).join('\n')}\n`);
  return EXIT.clean;
}
