// A file the run finds but does not read as code — an MDX page or a CoffeeScript module (unparsed
// templates), a symlink (never followed) — may import a service like any route, and a computed load (require(dir +
// name), import.meta.glob, require.context) may load it: the run then does not know every reader of the service's
// return, which keeps its 'leaves here whole' item (runner.ts filesOfRun passes them as `unread`; importers.ts).
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
  // Astro pages were in this list while .astro was an unparsed template; since session 12 they are read (their
  // frontmatter a script, their template's {…} code as a component's markup): the page's read is rewritten and the
  // service's return is no longer open (next test).
  it('an Astro page importing the service is read: its template read moves with the service, which keeps no item', async () => {
    const out = await outputs({ 'pages/verify.astro': "---\nimport { startJumio } from '../services/jumio';\nconst r = await startJumio(Astro.params.ref);\n---\n<a href={r.redirectUrl}>Verify</a>\n" });
    expect(out('pages/verify.astro')).toContain('<a href={r.web.href}>Verify</a>');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
    expect(out('routes/verify.ts')).toContain('r.web.href');
  });

  it('a CoffeeScript module or a symlinked route importing the service keeps the item at its return', async () => {
    const cases: [Record<string, string>, [string, string]?][] = [
      [{ 'routes/old.coffee': "{ startJumio } = require '../services/jumio'\n" }],
      [{ 'shared/again.ts': ROUTE.replace('../services/jumio', '../services/jumio.js') }, ['shared/again.ts', 'routes/again.ts']],
    ];
    for (const [files, link] of cases) {
      const out = await outputs(files, link);
      expect(out('routes/verify.ts'), Object.keys(files)[0]).toContain('r.web.href'); // the route the run reads still moves
      expect(out('services/jumio.ts'), Object.keys(files)[0]).toContain(WHOLE);
    }
  });

  it('a module loaded by a computed name (require(dir + name), import(`${dir}/${name}`), import.meta.glob, require.context) or imported by an MDX page keeps the item', async () => {
    const cases: Record<string, string> = {
      'routes/dyn.js': "const svc = require('../services/' + process.env.KYC_PROVIDER);\nexports.go = async (ref) => (await svc.startJumio(ref)).redirectUrl;\n",
      'routes/lazy.ts': "export const go = async (name: string, ref: string) => (await (await import(`../services/${name}`)).startJumio(ref)).redirectUrl;\n",
      'routes/glob.ts': "const mods = import.meta.glob('../services/*.ts', { eager: true });\nexport const go = async (ref: string) => Promise.all(Object.values(mods).map((m: any) => m.startJumio(ref)));\n",
      'routes/context.js': "const ctx = require.context('../services', false, /\\.ts$/);\nexport const go = (ref) => ctx.keys().map((k) => ctx(k).startJumio(ref));\n",
      'docs/verify.mdx': "import { startJumio } from '../services/jumio'\n\nexport const url = (await startJumio('demo')).redirectUrl\n\n# Verify\n\n<a href={url}>Start</a>\n",
    };
    for (const [file, text] of Object.entries(cases)) {
      const out = await outputs({ [file]: text });
      expect(out('routes/verify.ts'), file).toContain('r.web.href');
      expect(out('services/jumio.ts'), file).toContain(WHOLE);
    }
  });

  it('without them the run knows every importer (the control)', async () => {
    // A computed load of another directory's modules, and a declaration of `require`, load nothing of services/.
    const out = await outputs({
      'pages/about.astro': "---\nimport Layout from '../layouts/Main.astro';\n---\n",
      'lib/i18n.js': "module.exports = (lang) => require('../locales/' + lang + '.json');\n",
      'types/node.d.ts': 'declare function require(id: string): any;\n',
      'docs/intro.mdx': '# Intro\n',
    });
    expect(out('routes/verify.ts')).toContain('r.web.href');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
  });
});
