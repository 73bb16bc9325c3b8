import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { FileWriter, Io, Writer } from './io';
import { run } from './run';

/** Writes to a Node stream, waiting for it to drain when its buffer is full (backpressure). */
function streamWriter(stream: Writable): Writer {
  return {
    write: async (chunk) => {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
  };
}

/** The version in the package's own package.json, beside the built `dist/`. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const io: Io = {
  stdout: streamWriter(process.stdout),
  stderr: streamWriter(process.stderr),
  stderrIsTerminal: process.stderr.isTTY === true,
  readFile: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
  writeFile: async (path) => {
    const stream = createWriteStream(path);
    await Promise.race([once(stream, 'open'), once(stream, 'error').then(([error]) => Promise.reject(error as Error))]);
    const writer = streamWriter(stream);
    const file: FileWriter = {
      write: writer.write,
      close: async () => {
        stream.end();
        await once(stream, 'finish');
      },
    };
    return file;
  },
  now: () => performance.now(),
};

process.exitCode = await run(process.argv.slice(2), io, { version: version() });
