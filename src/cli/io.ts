// What the program touches outside itself, injected so that every command runs in a test without
// a terminal or a disk: the two output streams, the files it reads and writes, and the clock of the
// progress line.

/** Somewhere text or bytes go, in order; a returned promise is waited for before the next write (backpressure). */
export interface Writer {
  readonly write: (chunk: string | Uint8Array) => void | Promise<void>;
}

/** A file being written: its chunks in order, then `close` once. */
export interface FileWriter extends Writer {
  readonly close: () => Promise<void>;
}

/** The program's surroundings. */
export interface Io {
  /** Standard output: results. */
  readonly stdout: Writer;
  /** Standard error: usage, failures, warnings and the progress line. */
  readonly stderr: Writer;
  /** Whether standard error is a terminal: only then is a progress line shown. */
  readonly stderrIsTerminal?: boolean;
  /** A file's bytes in chunks; fails (throws or rejects) as `fs` does for a file that cannot be read. */
  readonly readFile: (path: string) => AsyncIterable<Uint8Array>;
  /** Opens a file to write, replacing it; fails as `fs` does. */
  readonly writeFile: (path: string) => Promise<FileWriter>;
  /** Milliseconds from some fixed moment: how long the work has taken, for the progress line. */
  readonly now?: () => number;
}

/** Collects a file's chunks into one byte array. */
export async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
  }
  if (parts.length === 1) return parts[0]!;
  const all = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
