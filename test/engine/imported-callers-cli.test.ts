// Following a returned legacy response into the importing files, through the real binary on a git repository: the
// dry run, --output-patch, --write and a rerun agree, and worker threads (each with the run's file list, runner.ts)
// give the same patch as one thread — the importer index does not depend on which thread sees which file.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, git, makeRepo, runCli, snapshot } from '../cli/helpers.js';

beforeAll(() => ensureBuilt());

const service = (i: number) => `import axios from 'axios';

export async function start${i}(ref: string) {
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return res.data;
}
`;
const route = (i: number) => `import { start${i} } from '../services/s${i}';

export async function verify${i}(req: any, res: any) {
  const r = await start${i}(req.params.ref);
  res.json({ url: r.redirectUrl, ref: r.transactionReference });
}

export async function whole${i}(req: any, res: any) {
  res.json(await start${i}(req.params.ref));
}
`;

// 20 services: more candidate files than --workers 2 needs to start its pool (FILES_PER_THREAD_MIN per thread).
const FILES: Record<string, string> = { 'package.json': '{ "name": "app" }' };
for (let i = 0; i < 20; i++) {
  FILES[`services/s${i}.ts`] = service(i);
  FILES[`routes/r${i}.ts`] = route(i);
}
// And a retrieval service whose details a route reads.
FILES['services/ret.js'] = `const axios = require('axios');

exports.result = async function (ref) {
  const { data } = await axios.get(\`https://netverify.com/api/netverify/v2/authentications/\${ref}\`, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data;
};
`;
FILES['routes/ret.js'] = "const { result } = require('../services/ret');\n\nexports.show = async (req, res) => {\n  const d = await result(req.params.ref);\n  res.send(d.userReference);\n};\n";
const WHOLE = 'the legacy initiate response leaves here whole';

// Six CLI runs of a repository (one thread and two, patch, write, rerun): about a minute under load.
describe('a returned legacy response followed into its importers, through the CLI', { timeout: 180_000 }, () => {
  it('dry run = --output-patch = --write, with one thread or two; a rerun changes nothing', () => {
    const repo = makeRepo(FILES);
    const before = snapshot(repo);
    const one = runCli(repo, ['codemod', '--workers', '1']);
    expect(one.code, one.stderr).toBe(0);
    const two = runCli(repo, ['codemod', '--workers', '2']);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stderr).toMatch(/2 threads|2 worker/); // the pool really ran
    expect(two.stdout).toBe(one.stdout);
    expect(snapshot(repo)).toEqual(before);
    expect(one.stdout).toContain('diff --git a/routes/r7.ts b/routes/r7.ts');
    expect(one.stdout).toContain('+  res.json({ url: r.web.href, ref: r.workflowExecution.id });');

    const patchFile = join(mkdtempSync(join(tmpdir(), 'nvm-importers-patch-')), 'changes.diff');
    expect(runCli(repo, ['codemod', '--workers', '2', '--output-patch', patchFile]).code).toBe(0);
    const applied = mkdtempSync(join(tmpdir(), 'nvm-importers-apply-'));
    cpSync(repo, applied, { recursive: true });
    const apply = spawnSync('git', ['apply', '--whitespace=nowarn', patchFile], { cwd: applied, encoding: 'utf8' });
    expect(apply.status, apply.stderr).toBe(0);

    const write = runCli(repo, ['codemod', '--write', '--workers', '2']);
    expect(write.code, write.stderr).toBe(0);
    expect(snapshot(applied)).toEqual(snapshot(repo));
    const r3 = readFileSync(join(repo, 'routes/r3.ts'), 'utf8');
    expect(r3).toContain('res.json({ url: r.web.href, ref: r.workflowExecution.id });');
    expect(r3).toContain(`  // TODO(netverify-migrate): initiate-authentication: ${WHOLE}`);
    expect(readFileSync(join(repo, 'services/s3.ts'), 'utf8')).not.toContain(WHOLE);
    expect(readFileSync(join(repo, 'routes/ret.js'), 'utf8')).toContain('res.send(d.workflow.userReference);');
    expect(readFileSync(join(repo, 'services/ret.js'), 'utf8')).not.toContain('leave here whole');

    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'migrated');
    const after = snapshot(repo);
    const again = runCli(repo, ['codemod', '--write', '--workers', '2', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).summary.changed).toBe(0);
    expect(snapshot(repo)).toEqual(after);
  });
});
