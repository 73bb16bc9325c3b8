import type { Locale } from '../i18n/locale';
import { demoLines } from './demo/index';

/** Where the program writes: injected, so the program is tested without a terminal. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = {
  'zh-CN': '用法: cxzy demo [--lang zh-CN|en]',
  en: 'Usage: cxzy demo [--lang zh-CN|en]',
} as const;

/**
 * Runs the command line `args` (without `node` and the script) and returns the exit code. Output
 * is written whole at the end, so a failure never leaves half a report.
 */
export function run(args: readonly string[], io: Io): number {
  let locale: Locale = 'zh-CN';
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--lang') {
      const value = args[index + 1];
      if (value !== 'zh-CN' && value !== 'en') {
        io.err(`--lang: zh-CN | en\n${USAGE[locale]}\n`);
        return 1;
      }
      locale = value;
      index += 1;
    } else if (arg !== undefined) {
      positional.push(arg);
    }
  }
  const [command, ...rest] = positional;
  if (command === 'demo' && rest.length === 0) {
    io.out(`${demoLines(locale).join('\n')}\n`);
    return 0;
  }
  io.err(`${USAGE[locale]}\n`);
  return 1;
}
