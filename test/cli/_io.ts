import type { FileWriter, Io } from '../../src/cli/io';

/** A file the test gives the program: text (UTF-8) or bytes. */
export type TestFile = string | Uint8Array;

/** What a run printed, wrote and exited with. */
export interface RunOutcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** The files written, by path. */
  readonly written: ReadonlyMap<string, Uint8Array>;
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
};

/**
 * An `Io` over memory: files by path (a missing one fails as `fs` does, with `ENOENT`), standard
 * output and error gathered as text, files written kept by path.
 */
export function memoryIo(files: Readonly<Record<string, TestFile>>, options: { readonly chunk?: number; readonly terminal?: boolean; readonly clock?: () => number } = {}) {
  let out = '';
  let err = '';
  const written = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk));
  const io: Io = {
    stdout: { write: (chunk) => void (out += text(chunk)) },
    stderr: { write: (chunk) => void (err += text(chunk)) },
    stderrIsTerminal: options.terminal ?? false,
    ...(options.clock === undefined ? {} : { now: options.clock }),
    readFile: (path) => ({
      async *[Symbol.asyncIterator]() {
        const file = files[path];
        if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
        const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
        const size = options.chunk ?? 1 << 16;
        for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
      },
    }),
    writeFile: async (path) => {
      if (path.startsWith('/nowhere/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      const parts: Uint8Array[] = [];
      const file: FileWriter = {
        write: async (chunk) => void parts.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk),
        close: async () => void written.set(path, concat(parts)),
      };
      return file;
    },
  };
  return { io, result: () => ({ out, err, written }) };
}

/** Runs the command line over memory files. */
export async function runCli(args: readonly string[], files: Readonly<Record<string, TestFile>> = {}, options: Parameters<typeof memoryIo>[1] = {}): Promise<RunOutcome> {
  const { io, result } = memoryIo(files, options);
  // Loaded when first run, so that a test file that replaces the demo's data loads the program afresh.
  const { run } = await import('../../src/cli/run');
  const code = await run(args, io, { version: '1.2.3' });
  return { code, ...result() };
}
