// Astro components through the real binary (they were unparsed templates, listed only): discovered and migrated —
// the frontmatter as TypeScript, the template's <script> blocks and frames, landing pages under src/pages/ proven by
// the route an initiate's successUrl lands on. A rerun after --write changes nothing; lookalikes stay untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, makeRepo, runCli } from './helpers.js';
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

const PKG = '{ "name": "site", "private": true, "type": "module", "dependencies": { "astro": "^4.15.0" } }\n';
const START = `import type { APIRoute } from 'astro';

export const POST: APIRoute = async ({ locals }) => {
  const auth = btoa(\`\${import.meta.env.JUMIO_API_TOKEN}:\${import.meta.env.JUMIO_API_SECRET}\`);
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { Authorization: \`Basic \${auth}\`, 'Content-Type': 'application/json', 'User-Agent': 'Acme/1.0' },
    body: JSON.stringify({ customerInternalReference: locals.userId, successUrl: \`\${import.meta.env.SITE}/kyc/\${locals.userId}/done\`, errorUrl: \`\${import.meta.env.SITE}/kyc/failed\` }),
  });
  return new Response(JSON.stringify(await res.json()));
};
`;
// A lone reference read: only the route proves it (src/pages/kyc/[id]/done.astro is the successUrl's page).
const DONE = "---\nconst reference = Astro.url.searchParams.get('transactionReference');\n---\n<p>Thank you, reference {reference}</p>\n";
const ORDER = "---\nconst reference = Astro.url.searchParams.get('transactionReference');\n---\n<p>Order {reference}</p>\n";
const FRAME = `---
const { url } = Astro.props;
---
<iframe src={url} title="Identity verification" allow="camera"></iframe>
<script>
  window.addEventListener('message', (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') location.assign('/done?ref=' + data.transactionReference);
  });
</script>
`;

describe('codemod on Astro components', () => {
  it('discovers .astro files, migrates frontmatter, scripts and frames, proves a landing page by its route; a rerun changes nothing', () => {
    const repo = makeRepo({ 'package.json': PKG, 'src/pages/api/kyc.ts': START, 'src/pages/kyc/[id]/done.astro': DONE,
      'src/pages/orders/[id]/done.astro': ORDER, 'src/components/KycFrame.astro': FRAME });
    const r = runCli(repo, ['codemod', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; files: { path: string; status: string; manual: { rule: string }[] }[] };
    expect(validateReportV1(report)).toEqual([]);
    const status = new Map(report.files.map((f) => [f.path, f.status]));
    expect(status.get('src/pages/kyc/[id]/done.astro')).toBe('changed');
    expect(status.get('src/components/KycFrame.astro')).toBe('changed');
    expect(status.get('src/pages/orders/[id]/done.astro') ?? 'unchanged').toBe('unchanged');
    expect(report.summary.skipped).toBe(0);

    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    expect(readFileSync(join(repo, 'src/pages/kyc/[id]/done.astro'), 'utf8')).toBe(DONE.replace('transactionReference', 'workflowExecutionId'));
    expect(readFileSync(join(repo, 'src/pages/orders/[id]/done.astro'), 'utf8')).toBe(ORDER);
    const frame = readFileSync(join(repo, 'src/components/KycFrame.astro'), 'utf8');
    expect(frame).toContain("if (!event.origin.endsWith('.jumio.ai')) return;");
    expect(frame).toContain("'/done?ref=' + data.workflowExecutionId");
    expect(frame).toContain('allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen');
    const again = JSON.parse(runCli(repo, ['codemod', '--json']).stdout) as { summary: Record<string, number> };
    expect(again.summary).toMatchObject({ changed: 0, edits: 0 });
  });

  it('without an astro dependency src/pages is no router: a lone reference read stays', () => {
    const repo = makeRepo({ 'package.json': '{ "name": "site", "private": true }\n', 'src/pages/api/kyc.ts': START, 'src/pages/kyc/[id]/done.astro': DONE });
    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    expect(readFileSync(join(repo, 'src/pages/kyc/[id]/done.astro'), 'utf8')).toBe(DONE);
  });
});
