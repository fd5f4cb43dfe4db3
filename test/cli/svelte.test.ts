// Svelte components through the real binary: migrated like Vue SFCs (no longer listed as an unparsed template),
// markers as HTML comments in markup, a rerun after --write changes nothing, other vendors' components untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, makeRepo, runCli } from './helpers.js';
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

const VERIFY = '<script>\n  export let token;\n</script>\n<iframe src="https://acme.netverify.com/web/v4/app?authorizationToken={token}" title="kyc"></iframe>\n';
const HANDLER = `<script lang="ts">
  export let url: string;
  function onMessage(event: MessageEvent) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') location.assign('/done?ref=' + data.transactionReference);
  }
</script>

<svelte:window on:message={onMessage} />
{#if url}
  <iframe src={url} title="Identity verification" allow="camera" />
{/if}
`;
const PAY = '<script>\n  export let challengeUrl;\n</script>\n<iframe src={challengeUrl} title="3-D Secure" allow="payment"></iframe>\n';

describe('codemod on Svelte components', () => {
  it('migrates handler and frame, flags the hard-coded web-client URL in markup, and a rerun after --write changes nothing', () => {
    const repo = makeRepo({ 'src/Verify.svelte': VERIFY, 'src/Kyc.svelte': HANDLER, 'src/Pay.svelte': PAY });
    const r = runCli(repo, ['codemod', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; files: { path: string; status: string; manual: { rule: string; line: number }[] }[] };
    expect(validateReportV1(report)).toEqual([]);
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    expect(byPath.get('src/Verify.svelte')).toMatchObject({ status: 'changed', manual: [{ rule: 'web-client-host', line: 4 }] });
    expect(byPath.get('src/Kyc.svelte')).toMatchObject({ status: 'changed', manual: [] });
    expect(byPath.get('src/Pay.svelte')?.status ?? 'unchanged').toBe('unchanged');
    expect(report.summary.skipped).toBe(0);

    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    const kyc = readFileSync(join(repo, 'src/Kyc.svelte'), 'utf8');
    expect(kyc).toContain("if (!event.origin.endsWith('.jumio.ai')) return;");
    expect(kyc).toContain("'/done?ref=' + data.workflowExecutionId");
    expect(kyc).toContain('<iframe src={url} title="Identity verification" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen />');
    const verify = readFileSync(join(repo, 'src/Verify.svelte'), 'utf8');
    expect(verify).toMatch(/\n<!-- TODO\(netverify-migrate\): web-client-host: hard-coded legacy web-client URL [^\n]* -->\n<iframe src="https:\/\/acme\.netverify\.com\/web\/v4\/app\?authorizationToken=\{token\}" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen title="kyc">/);
    expect(readFileSync(join(repo, 'src/Pay.svelte'), 'utf8')).toBe(PAY);

    const again = runCli(repo, ['codemod', '--json']);
    const second = JSON.parse(again.stdout) as { summary: Record<string, number> };
    expect(second.summary).toMatchObject({ changed: 0, edits: 0, manual: 1 });
    // scan lists the component's work as automatic / manual items of the rules, not as an unparsed template
    const scan = JSON.parse(runCli(repo, ['scan', '--json']).stdout) as { items: { path: string; message: string }[] };
    expect(scan.items.filter((i) => i.path === 'src/Verify.svelte').map((i) => i.message)).toEqual([expect.stringMatching(/^hard-coded legacy web-client URL/)]);
  });
});
