// --write when a write fails halfway: files that exchanged cross-file edits land whole or not at all (the ones already
// renamed into place are put back byte for byte), a helper module is created before its importers and removed again
// when none of them lands, and nothing is left behind (no temp file, no backup). The failures are injected through
// the FileIo seam, as a full disk or a failing rename would throw them.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../codemods/engine/apply.js';
import { emptyOutcome, type FileOutcome } from '../../codemods/engine/outcome.js';
import { realIo, type FileIo } from '../../codemods/engine/write-steps.js';

const opts = (root: string) => ({ allowDirty: false, root, inGit: false });

function setUp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nvm-rollback-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function changed(dir: string, name: string, original: string, output: string, extra: Partial<FileOutcome> = {}): FileOutcome {
  return { ...emptyOutcome(name, join(dir, name), 'changed'), original, output, ...extra };
}

/** The real file system, except that `op` throws `code` when its target (last path argument) is named `name`. */
function failing(op: 'renameSync' | 'writeFileSync' | 'linkSync', name: RegExp, code = 'EIO'): FileIo & { calls: string[] } {
  const calls: string[] = [];
  const fail = (target: string) => {
    if (name.test(basename(target))) throw Object.assign(new Error(`${code}: injected`), { code });
  };
  return {
    ...realIo,
    calls,
    renameSync: (from, to) => (calls.push(`rename ${basename(to)}`), op === 'renameSync' && fail(to), realIo.renameSync(from, to)),
    writeFileSync: (path, text, o) => (op === 'writeFileSync' && fail(path), realIo.writeFileSync(path, text, o)),
    linkSync: (from, to) => (op === 'linkSync' && fail(to), realIo.linkSync(from, to)),
  };
}

function pair(dir: string): [FileOutcome, FileOutcome] {
  const a = changed(dir, 'a.ts', 'a1\r\n', 'a2\r\n', { coupled: [join(dir, 'b.ts')] });
  const b = changed(dir, 'b.ts', '\uFEFFb1\n', '\uFEFFb2\n', { coupled: [join(dir, 'a.ts')] });
  return [a, b];
}

describe('writeChanges when a write fails halfway', () => {
  it('puts back the coupled file already renamed into place when its partner cannot be renamed', () => {
    const dir = setUp({ 'a.ts': 'a1\r\n', 'b.ts': '\uFEFFb1\n' });
    const [a, b] = pair(dir);
    const io = failing('renameSync', /^b\.ts$/);
    const r = writeChanges([a, b], opts(dir), io);
    expect(io.calls[0]).toBe('rename a.ts'); // a really went in first, and was taken back out
    expect(r.written).toBe(0);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('a1\r\n');
    expect(readFileSync(join(dir, 'b.ts'), 'utf8')).toBe('\uFEFFb1\n');
    expect(b.status).toBe('error');
    expect(b.error).toMatch(/write failed: EIO/);
    expect(a.status).toBe('error');
    expect(a.error).toMatch(/belongs with the change to b\.ts.*put back as it was/);
    expect(readdirSync(dir).sort()).toEqual(['a.ts', 'b.ts']);
  });

  it('replaces nothing when one output of a group cannot even be staged (disk full)', () => {
    const dir = setUp({ 'a.ts': 'a1\r\n', 'b.ts': '\uFEFFb1\n', 'c.ts': 'c1\n' });
    const [a, b] = pair(dir);
    const c = changed(dir, 'c.ts', 'c1\n', 'c2\n');
    const io = failing('writeFileSync', /^\.b\.ts\..*\.tmp$/, 'ENOSPC');
    const r = writeChanges([a, b, c], opts(dir), io);
    expect(io.calls).toEqual(['rename c.ts']); // neither a nor b was touched
    expect(r.written).toBe(1);
    expect([a.status, b.status, c.status]).toEqual(['error', 'error', 'changed']);
    expect(b.error).toMatch(/ENOSPC/);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('a1\r\n');
    expect(readFileSync(join(dir, 'c.ts'), 'utf8')).toBe('c2\n');
    expect(readdirSync(dir).sort()).toEqual(['a.ts', 'b.ts', 'c.ts']);
  });

  it('writes no importer of a helper module that could not be created', () => {
    const dir = setUp({ 'user.ts': 'u1\n' });
    const user = changed(dir, 'user.ts', 'u1\n', "import './kyx-auth.js';\n");
    const helper = changed(dir, 'kyx-auth.ts', '', 'export {};\n', { created: true, requestedBy: [join(dir, 'user.ts')] });
    const r = writeChanges([user, helper], opts(dir), failing('linkSync', /^kyx-auth\.ts$/));
    expect(r.written).toBe(0);
    expect(user.error).toMatch(/imports kyx-auth\.ts, which could not be created/);
    expect(readFileSync(join(dir, 'user.ts'), 'utf8')).toBe('u1\n');
    expect(readdirSync(dir)).toEqual(['user.ts']);
  });

  it('removes a created helper again when the only file that imports it fails to land', () => {
    const dir = setUp({ 'user.ts': 'u1\n' });
    const user = changed(dir, 'user.ts', 'u1\n', "import './kyx-auth.js';\n");
    const helper = changed(dir, 'kyx-auth.ts', '', 'export {};\n', { created: true, requestedBy: [join(dir, 'user.ts')] });
    const r = writeChanges([user, helper], opts(dir), failing('renameSync', /^user\.ts$/));
    expect(r.written).toBe(0);
    expect(helper.status).toBe('error');
    expect(helper.error).toMatch(/none of the files that use it could be written/);
    expect(readdirSync(dir)).toEqual(['user.ts']);
  });

  it('keeps the original at a named backup path when it cannot be put back, and says so', () => {
    const dir = setUp({ 'a.ts': 'a1\r\n', 'b.ts': '\uFEFFb1\n' });
    const [a, b] = pair(dir);
    const io = failing('renameSync', /^(b\.ts|a\.ts)$/);
    let renamesOfA = 0;
    io.renameSync = (from, to) => {
      if (basename(to) === 'b.ts') throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
      if (basename(to) === 'a.ts' && ++renamesOfA === 2) throw Object.assign(new Error('EROFS: injected'), { code: 'EROFS' });
      realIo.renameSync(from, to);
    };
    writeChanges([a, b], opts(dir), io);
    expect(a.status).toBe('error');
    const kept = /the original is kept at (\S+)$/.exec(a.error!)?.[1];
    expect(kept).toBeDefined();
    expect(readFileSync(kept!, 'utf8')).toBe('a1\r\n');
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('a2\r\n');
  });

  it('keeps the backup as a copy where hard links are not supported, and cleans it up after', () => {
    const dir = setUp({ 'a.ts': 'a1\r\n', 'b.ts': '\uFEFFb1\n' });
    const [a, b] = pair(dir);
    const io = failing('linkSync', /\.bak$/, 'EPERM');
    io.renameSync = (from, to) => {
      if (basename(to) === 'b.ts') throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
      realIo.renameSync(from, to);
    };
    writeChanges([a, b], opts(dir), io);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('a1\r\n'); // put back from the copy
    expect(readdirSync(dir).sort()).toEqual(['a.ts', 'b.ts']);
    const ok = setUp({ 'a.ts': 'a1\r\n', 'b.ts': '\uFEFFb1\n' });
    const r = writeChanges(pair(ok), opts(ok), failing('linkSync', /\.bak$/, 'EPERM'));
    expect(r.written).toBe(2);
    expect(readdirSync(ok).sort()).toEqual(['a.ts', 'b.ts']);
    expect(readFileSync(join(ok, 'b.ts'), 'utf8')).toBe('\uFEFFb2\n');
  });
});
