// Shared by the imported-callers tests: a service whose exported function returns the legacy initiate response, a
// route reading it, and a run of the codemod over a project tree written to a temporary directory (in process).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCodemod } from '../../codemods/engine/runner.js';

export const INITIATE = `import axios from 'axios';

export async function startJumio(ref: string) {
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return res.data;
}
`;
export const INITIATE_CJS = `const axios = require('axios');

async function startJumio(ref) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data;
}

module.exports = { startJumio };
`;
export const ROUTE = (spec: string, imp = `import { startJumio } from '${spec}';`, call = 'startJumio') => `${imp}

export async function verify(req: any, res: any) {
  const r = await ${call}(req.params.ref);
  res.json({ url: r.redirectUrl, ref: r.transactionReference });
}
`;
export const WHOLE = 'the legacy initiate response leaves here whole';

const roots: string[] = [];
/** Remove the project trees written so far (each test file calls it in afterAll). */
export const cleanup = (): void => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true }));

export function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nvm-importers-'));
  roots.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

export async function run(root: string, paths = ['.']) {
  const r = await runCodemod({ cwd: root, paths, workers: 1 });
  const of = (p: string) => r.outcomes.find((o) => o.path === p);
  const out = (p: string) => of(p)?.output ?? '';
  return { r, of, out };
}
