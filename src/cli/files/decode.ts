import { TextDecoder } from 'node:util';
import { dataFailure, usageFailure } from '../failure';

// Text from a file's bytes: UTF-8 with or without its byte-order mark, or GB18030 (the superset of
// GBK that Excel on Chinese Windows writes), detected from the start of the file or named. A byte
// that is not valid in the encoding stops the run with its offset and line: never a replacement
// character in the data.

/** The encodings `--encoding` accepts, by the names people write, to the decoder's name. */
export const ENCODINGS: Readonly<Record<string, TextEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
};

/** The two encodings a file is read in. */
export type TextEncoding = 'utf-8' | 'gb18030';

/** How many bytes from the start decide the encoding when none is named. */
const SNIFF_BYTES = 1 << 16;
const LINE_FEED = 0x0a;

/** The encoding `--encoding` names, or a usage failure listing those accepted. */
export function encodingNamed(name: string): TextEncoding {
  const encoding = ENCODINGS[name.trim().toLowerCase()];
  if (encoding === undefined) throw usageFailure('unknownEncoding', { name, known: Object.keys(ENCODINGS).join(', ') });
  return encoding;
}

/** Whether `bytes` are text in `encoding`, allowing a character cut at the end. */
function decodes(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 when the start of the file is UTF-8 (plain ASCII included), else GB18030 when it is that. */
function detect(start: Uint8Array): TextEncoding {
  if (decodes(start, 'utf-8')) return 'utf-8';
  if (decodes(start, 'gb18030')) return 'gb18030';
  return 'utf-8';
}

/**
 * The text of a file in pieces that end at a line break (a line is never cut), with the encoding
 * it was read in. A line feed byte is never inside a multi-byte character in UTF-8 or GB18030, so
 * each piece decodes on its own, and a bad byte is found within its piece.
 *
 * @param chunks - the file's bytes.
 * @param path - the file, to name in a failure.
 * @param named - the encoding given with `--encoding`, if any.
 * @returns the pieces of text, in order, and the encoding they are in once the first piece is read.
 */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>, path: string, named?: TextEncoding): AsyncGenerator<string, void, undefined> {
  let encoding = named;
  let decoder: TextDecoder | undefined;
  let pending: Uint8Array = new Uint8Array(0);
  let offset = 0; // bytes of the file before `pending`
  let line = 1; // the line `pending` starts on
  let first = true;

  const take = (bytes: Uint8Array, last: boolean): string => {
    if (decoder === undefined) {
      encoding ??= detect(bytes.subarray(0, SNIFF_BYTES));
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    }
    try {
      // Streaming keeps the byte-order mark dropped only at the very start of the file.
      return decoder.decode(bytes, { stream: !last });
    } catch {
      const bad = firstBadByte(bytes, encoding!);
      const before = bytes.subarray(0, bad);
      throw dataFailure('badEncoding', {
        path,
        encoding: encoding!,
        offset: offset + bad,
        line: line + countLineFeeds(before),
        byte: (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0'),
      });
    }
  };

  for await (const chunk of chunks) {
    const bytes = pending.length === 0 ? chunk : concat(pending, chunk);
    // Wait for enough of the file to tell the encoding, unless told.
    if (first && encoding === undefined && bytes.length < SNIFF_BYTES) {
      pending = bytes;
      continue;
    }
    const end = bytes.lastIndexOf(LINE_FEED) + 1;
    if (end === 0) {
      pending = bytes;
      continue;
    }
    const piece = bytes.subarray(0, end);
    const text = take(piece, false);
    first = false;
    offset += end;
    line += countLineFeeds(piece);
    pending = bytes.slice(end);
    if (text !== '') yield text;
  }
  const text = take(pending, true);
  if (text !== '') yield text;
}

/** Whether `bytes` are whole characters of text in `encoding`. */
function decodesWhole(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where `bytes` stop being text in `encoding`: the start of the first character that is broken.
 * A binary search finds the shortest prefix that fails (a prefix may end inside a character); the
 * broken character starts at the last whole-character boundary before its end.
 */
function firstBadByte(bytes: Uint8Array, encoding: TextEncoding): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (decodes(bytes.subarray(0, middle), encoding)) good = middle;
    else bad = middle;
  }
  let start = bad - 1;
  while (start > 0 && !decodesWhole(bytes.subarray(0, start), encoding)) start -= 1;
  return start;
}

function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(LINE_FEED); at !== -1; at = bytes.indexOf(LINE_FEED, at + 1)) count += 1;
  return count;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const all = new Uint8Array(a.length + b.length);
  all.set(a, 0);
  all.set(b, a.length);
  return all;
}
