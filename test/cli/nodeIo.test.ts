import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../src/cli/io';
import { nodeIo, packageVersion } from '../../src/cli/nodeIo';
import { run } from '../../src/cli/run';

describe('the program over Node’s streams and file system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cxzy-cli-'));

  it('reads a file, writes one, and waits for a full stream to drain', async () => {
    writeFileSync(join(dir, 'in.csv'), '\uFEFF党员编号,政治学习\r\nT01,20\r\n');
    let drained = 0;
    const slow = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, done) => setImmediate(() => ((drained += 1), done())) });
    const io = nodeIo(Object.assign(slow, { isTTY: false }), new PassThrough());
    expect(io.stderrIsTerminal).toBe(false);
    expect(typeof io.now?.()).toBe('number');
    const out = join(dir, 'out.csv');
    expect(await run(['score', join(dir, 'in.csv'), '--out', out], io)).toBe(0);
    expect(drained).toBeGreaterThan(0);
    expect(readFileSync(out, 'utf8')).toBe('\uFEFF排名,党员编号,总分,等次,说明\r\n1,T01,20,不合格,"总分 20 分(基本分 20,加分 0,扣分 0);20 分落入“60分以下”档,评定为不合格"\r\n');
    expect(new TextDecoder().decode(await readAll(io.readFile(out)))).toContain('T01');
  });

  it('fails to open a file in a folder that does not exist, as fs does', async () => {
    const io = nodeIo(new PassThrough(), new PassThrough());
    await expect(io.writeFile(join(dir, 'no', 'such', 'file.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reads the version from a package.json, and says 0.0.0 without one', () => {
    expect(packageVersion(new URL('../../package.json', import.meta.url))).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(packageVersion(new URL(`file://${join(dir, 'none.json')}`))).toBe('0.0.0');
  });
});
