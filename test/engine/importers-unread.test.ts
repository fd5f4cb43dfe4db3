// A file the run finds but does not read as code — an Astro page or a CoffeeScript module (unparsed templates), a
// symlink (never followed) — may import a service like any route: the run then does not know every reader of the
// service's return, which keeps its 'leaves here whole' item (runner.ts filesOfRun passes them as `unread`).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCodemod } from '../../codemods/engine/runner.js';

const SERVICE = `import axios from 'axios';

export async function startJumio(ref: string) {
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return res.data;
}
`;
const ROUTE = "import { startJumio } from '../services/jumio';\n\nexport async function verify(req: any, res: any) {\n  const r = await startJumio(req.params.ref);\n  res.json({ url: r.redirectUrl });\n}\n";
const WHOLE = 'the legacy initiate response leaves here whole';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

async function outputs(files: Record<string, string>, link?: [string, string]) {
  const root = mkdtempSync(join(tmpdir(), 'nvm-unread-'));
  roots.push(root);
  for (const [p, text] of Object.entries({ 'package.json': '{}', 'services/jumio.ts': SERVICE, 'routes/verify.ts': ROUTE, ...files })) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  if (link) symlinkSync(join(root, link[0]), join(root, link[1]));
  const r = await runCodemod({ cwd: root, paths: ['.'], workers: 1 });
  return (p: string) => r.outcomes.find((o) => o.path === p)?.output ?? '';
}

describe('importers the run does not read', () => {
  it('an Astro page, a CoffeeScript module or a symlinked route importing the service keeps the item at its return', async () => {
    const cases: [Record<string, string>, [string, string]?][] = [
      [{ 'pages/verify.astro': "---\nimport { startJumio } from '../services/jumio';\nconst r = await startJumio(Astro.params.ref);\n---\n<a href={r.redirectUrl}>Verify</a>\n" }],
      [{ 'routes/old.coffee': "{ startJumio } = require '../services/jumio'\n" }],
      [{ 'shared/again.ts': ROUTE.replace('../services/jumio', '../services/jumio.js') }, ['shared/again.ts', 'routes/again.ts']],
    ];
    for (const [files, link] of cases) {
      const out = await outputs(files, link);
      expect(out('routes/verify.ts'), Object.keys(files)[0]).toContain('r.web.href'); // the route the run reads still moves
      expect(out('services/jumio.ts'), Object.keys(files)[0]).toContain(WHOLE);
    }
  });

  it('without them the run knows every importer (the control)', async () => {
    const out = await outputs({ 'pages/about.astro': "---\nimport Layout from '../layouts/Main.astro';\n---\n" });
    expect(out('routes/verify.ts')).toContain('r.web.href');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
  });
});
