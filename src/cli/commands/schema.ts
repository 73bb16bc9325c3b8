import { jsonSchemas } from '../../schema';
import type { Args } from '../args';
import { EXIT, usageFailure } from '../failure';
import type { Io } from '../io';

/** `cxzy schema [NAME]`: one entity's JSON Schema (the name in any case), or all of them keyed by name. */
export async function schema(args: Args, io: Io): Promise<number> {
  const all = jsonSchemas();
  const [name, extra] = args.positionals;
  if (extra !== undefined) throw usageFailure('tooManyFiles', { command: 'schema', extra });
  if (name === undefined) {
    await io.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    return EXIT.clean;
  }
  const found = Object.keys(all).find((known) => known.toLowerCase() === name.trim().toLowerCase());
  if (found === undefined) throw usageFailure('noSchemaNamed', { name, known: Object.keys(all).join(', ') });
  await io.stdout.write(`${JSON.stringify(all[found as keyof typeof all], null, 2)}\n`);
  return EXIT.clean;
}
