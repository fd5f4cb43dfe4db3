// Safe writes (atomic, changed-on-disk guard, created files never replace), ProjectView resolution, and patches.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../codemods/engine/apply.js';
import { emptyOutcome, type FileOutcome } from '../../codemods/engine/outcome.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { filePatch } from '../../codemods/engine/diff.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'nvm-engine-'));

function changed(dir: string, name: string, original: string, output: string): FileOutcome {
  const o = emptyOutcome(name, join(dir, name), 'changed');
  o.original = original;
  o.output = output;
  return o;
}

describe('writeChanges', () => {
  it('writes atomically, keeps the file mode, leaves no temp files', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.sh'), 'old\n');
    chmodSync(join(dir, 'a.sh'), 0o755);
    const o = changed(dir, 'a.sh', 'old\n', 'new\n');
    const r = writeChanges([o], { allowDirty: false, root: dir, inGit: false });
    expect(r.written).toBe(1);
    expect(r.warnings[0]).toMatch(/not inside a git work tree/);
    expect(readFileSync(join(dir, 'a.sh'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'a.sh')).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir)).toEqual(['a.sh']);
  });

  it('refuses a file that changed on disk since it was read', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.ts'), 'edited meanwhile\n');
    const o = changed(dir, 'a.ts', 'as read\n', 'migrated\n');
    writeChanges([o], { allowDirty: false, root: dir, inGit: false });
    expect(o.status).toBe('error');
    expect(o.error).toMatch(/changed on disk since it was read/);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('edited meanwhile\n');
  });

  it('creates new files (and folders) but never replaces one that appeared; coupled files go together', () => {
    const dir = tmp();
    const created = { ...changed(dir, 'lib/new.ts', '', 'export {};\n'), created: true };
    const raced = { ...changed(dir, 'raced.ts', '', 'mine\n'), created: true };
    writeFileSync(join(dir, 'raced.ts'), 'theirs\n');
    writeFileSync(join(dir, 'src.ts'), 'src\n');
    const source = { ...changed(dir, 'src.ts', 'src\n', 'src2\n'), coupled: [join(dir, 'target.ts')] };
    writeFileSync(join(dir, 'target.ts'), 'moved on\n');
    const target = { ...changed(dir, 'target.ts', 'target\n', 'target2\n'), coupled: [join(dir, 'src.ts')] };
    writeChanges([created, raced, source, target], { allowDirty: false, root: dir, inGit: false });
    expect(readFileSync(join(dir, 'lib/new.ts'), 'utf8')).toBe('export {};\n');
    expect(raced.status).toBe('error');
    expect(readFileSync(join(dir, 'raced.ts'), 'utf8')).toBe('theirs\n');
    expect(target.status).toBe('error');
    expect(source.status).toBe('error');
    expect(source.error).toMatch(/target\.ts/);
    expect(readFileSync(join(dir, 'src.ts'), 'utf8')).toBe('src\n');
  });

  it('does not create a helper module when no file that asked for it is written', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'user.ts'), 'changed meanwhile\n');
    const user = changed(dir, 'user.ts', 'as read\n', 'uses helper\n');
    const helper = { ...changed(dir, 'kyx-auth.ts', '', 'export {};\n'), created: true, requestedBy: [join(dir, 'user.ts')] };
    writeChanges([user, helper], { allowDirty: false, root: dir, inGit: false });
    expect(user.status).toBe('error');
    expect(helper.status).toBe('error');
    expect(helper.error).toMatch(/none of the files that use it \(user\.ts\)/);
    expect(readdirSync(dir)).toEqual(['user.ts']);
  });
});

describe('ProjectView', () => {
  it('resolves relative specifiers (.js → .ts, index files), tsconfig paths, and reads LF-normalised text', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'src/lib'), { recursive: true });
    writeFileSync(join(dir, 'src/constants.ts'), "export const URL = 'x';\r\n");
    writeFileSync(join(dir, 'src/lib/index.ts'), 'export {};\n');
    writeFileSync(join(dir, 'tsconfig.json'), '{\n  // comment\n  "compilerOptions": { "baseUrl": ".", "paths": { "@app/*": ["src/*"] }, },\n}\n');
    const view = createProjectView(dir);
    const from = join(dir, 'src/main.ts');
    expect(view.resolveModule('./constants.js', from)).toBe(join(dir, 'src/constants.ts'));
    expect(view.resolveModule('./constants', from)).toBe(join(dir, 'src/constants.ts'));
    expect(view.resolveModule('./lib', from)).toBe(join(dir, 'src/lib/index.ts'));
    expect(view.resolveModule('@app/constants', from)).toBe(join(dir, 'src/constants.ts'));
    expect(view.resolveModule('axios', from)).toBeUndefined();
    expect(view.resolveModule('./missing', from)).toBeUndefined();
    expect(view.readFile(join(dir, 'src/constants.ts'))).toBe("export const URL = 'x';\n");
    const sf = view.getSourceFile(join(dir, 'src/constants.ts'))!;
    expect(sf.getVariableDeclarationOrThrow('URL').getInitializer()!.getText()).toBe("'x'");
    expect(view.getSourceFile(join(dir, 'tsconfig.json'))).toBeUndefined();
  });
});

describe('filePatch', () => {
  it('is accepted by git apply for edits without a final newline, CRLF text and new files', () => {
    const dir = tmp();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(join(dir, 'a.txt'), 'one\ntwo');
    writeFileSync(join(dir, 'b.txt'), 'x\r\ny\r\n');
    const patch = filePatch('a.txt', 'one\ntwo', 'one\nTWO') + filePatch('b.txt', 'x\r\ny\r\n', 'x\r\nY\r\n')
      + filePatch('c/new.txt', '', 'hello\n', { created: true, rules: ['r'] });
    expect(patch).toContain('--- /dev/null\n+++ b/c/new.txt\n@@ -0,0 +1,1 @@ r\n+hello\n');
    writeFileSync(join(dir, 'p.diff'), patch);
    const r = spawnSync('git', ['apply', 'p.diff'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one\nTWO');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('x\r\nY\r\n');
    expect(readFileSync(join(dir, 'c/new.txt'), 'utf8')).toBe('hello\n');
  });
});
