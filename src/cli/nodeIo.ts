import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { FileWriter, Io, Writer } from './io';

/** Writes to a Node stream, waiting for it to drain when its buffer is full (backpressure). */
export function streamWriter(stream: Writable): Writer {
  return {
    write: async (chunk) => {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
  };
}

/** Opens a file to write: resolves once it is open, rejects as `fs` does when it cannot be. */
export async function openFileWriter(path: string): Promise<FileWriter> {
  const stream = createWriteStream(path);
  await Promise.race([once(stream, 'open'), once(stream, 'error').then(([error]) => Promise.reject(error as Error))]);
  const writer = streamWriter(stream);
  return {
    write: writer.write,
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** The version in a package.json, or `0.0.0` when it cannot be read. */
export function packageVersion(url: URL): string {
  try {
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * The program's surroundings in Node: the process's standard streams, the file system, and the
 * clock of the progress line.
 */
export function nodeIo(stdout: Writable & { readonly isTTY?: boolean }, stderr: Writable & { readonly isTTY?: boolean }): Io {
  return {
    stdout: streamWriter(stdout),
    stderr: streamWriter(stderr),
    stderrIsTerminal: stderr.isTTY === true,
    readFile: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
    writeFile: openFileWriter,
    now: () => performance.now(),
  };
}
