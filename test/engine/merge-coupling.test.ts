// Files that exchanged cross-file edits are written together or not at all (merge.ts `coupled`, apply.ts), also when
// a file is both a source of edits to another file and the target of a third file's edits: a service whose own legacy
// response flows into a route, and into which another service's response flows. The route cannot be written (it has
// uncommitted changes): neither service may be written either, or the route would keep reading fields that are gone.
// And a file that took a source's edits is rolled back in the run when that source fails at another target.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChanges } from '../../codemods/engine/apply.js';
import { mergeExternal } from '../../codemods/engine/merge.js';
import { emptyOutcome, type FileOutcome } from '../../codemods/engine/outcome.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { runCodemod } from '../../codemods/engine/runner.js';

const call = (fn: string) => `export async function ${fn}(ref: string) {
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return res.data;
}
`;
const FILES: Record<string, string> = {
  'services/a.ts': `import axios from 'axios';\n\n${call('startA')}`,
  'services/b.ts': `import axios from 'axios';\nimport { startA } from './a';\n\nexport async function linkA(ref: string) {\n  return (await startA(ref)).redirectUrl;\n}\n\n${call('startB')}`,
  'routes/r.ts': "import { startB } from '../services/b';\n\nexport async function go(ref: string) {\n  return (await startB(ref)).transactionReference;\n}\n",
};

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });

describe('a file that is both a source and a target of cross-file edits', () => {
  it('is coupled to both sides: when one side cannot be written, none is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nvm-coupled-'));
    roots.push(root);
    for (const [p, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'init');
    const dirty = FILES['routes/r.ts'] + '// local change\n';
    writeFileSync(join(root, 'routes/r.ts'), dirty);

    const r = await runCodemod({ cwd: root, paths: ['.'], workers: 1 });
    const out = (p: string) => r.outcomes.find((o) => o.path === p)!;
    expect(out('services/b.ts').output).toContain('return (await startA(ref)).web.href;');
    expect(out('routes/r.ts').output).toContain('.workflowExecution.id;');
    writeChanges(r.outcomes, { allowDirty: false, root, inGit: true });
    expect(out('routes/r.ts').status).toBe('error');
    expect(out('services/b.ts').status).toBe('error');
    expect(out('services/a.ts').status).toBe('error');
    for (const p of ['services/a.ts', 'services/b.ts']) expect(readFileSync(join(root, p), 'utf8')).toBe(FILES[p]);
    expect(readFileSync(join(root, 'routes/r.ts'), 'utf8')).toBe(dirty);
  });

  it('a file that took the edits of a source that then failed (at another target) is rolled back in the run itself', () => {
    const root = mkdtempSync(join(tmpdir(), 'nvm-coupled-'));
    roots.push(root);
    const files = { 's.ts': 'export const s = 1;\n', 'r.ts': 'export const r = 1;\n', 'r2.ts': 'export const r2 = 1;\n' };
    for (const [p, text] of Object.entries(files)) writeFileSync(join(root, p), text);
    const at = (p: string) => join(root, p);
    const source: FileOutcome = { ...emptyOutcome('s.ts', at('s.ts'), 'changed'), original: files['s.ts'], output: 'export const s = 2;\n' };
    source.external = [
      { rule: 'x', absPath: at('r.ts'), edits: [{ start: 13, end: 14, text: 'rr', message: 'rename' }] },
      { rule: 'x', absPath: at('r2.ts'), edits: [{ start: 13, end: 15, text: '{{', message: 'breaks the parse' }] },
    ];
    const outcomes = new Map<string, FileOutcome>([
      [at('s.ts'), source],
      [at('r.ts'), emptyOutcome('r.ts', at('r.ts'), 'unchanged')],
      [at('r2.ts'), emptyOutcome('r2.ts', at('r2.ts'), 'unchanged')],
    ]);
    mergeExternal(outcomes, [], createProjectView(root), root, root);
    expect(outcomes.get(at('r2.ts'))!.status).toBe('error');
    expect(outcomes.get(at('s.ts'))!.status).toBe('error');
    const r = outcomes.get(at('r.ts'))!;
    expect(r.status).toBe('error');
    expect(r.output).toBeUndefined();
    expect(r.error).toContain('belongs with the change to s.ts');
  });
});
