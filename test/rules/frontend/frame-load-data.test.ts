// iframe-allow: a SvelteKit +page.svelte frame whose src is its load data (`src={data.frameUrl}`, `export let data` or
// Svelte 5's `let { data } = $props()`) shows what the route's load (+page.server.ts / +page.ts beside it) returns under
// that key: an initiate response's redirectUrl proves the frame (load-data.ts); before, it kept allow="camera". A load
// returning a payment provider's URL, or a frame reading another key, stays byte-identical. Real runs.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';

const run = tempRepoRunner('nvm-frame-load-');

const PKG = '{ "name": "kit", "private": true, "type": "module", "devDependencies": { "@sveltejs/kit": "^2.5.0", "svelte": "^4.2.0" } }\n';
const LOAD = (url = 'https://netverify.com/api/authentication/v1/web/initiate') => `import { env } from '$env/dynamic/private';

export async function load({ locals }) {
  const res = await fetch('${url}', {
    method: 'POST',
    headers: { Authorization: \`Basic \${btoa(\`\${env.JUMIO_TOKEN}:\${env.JUMIO_SECRET}\`)}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: locals.user.enrollmentRef, successUrl: 'https://shop.example/kyc/done', errorUrl: 'https://shop.example/kyc/error' }),
  });
  const body = await res.json();
  return { frameUrl: body.redirectUrl, user: locals.user.name };
}
`;
const PAGE = (src = 'data.frameUrl', prop = 'export let data: { frameUrl: string; user: string };') => `<script lang="ts">
  ${prop}
</script>

<h1>Hello {data.user}</h1>
<iframe src={${src}} allow="camera" title="Identity check"></iframe>
`;
const FULL = 'allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen';

describe("a SvelteKit page's frame showing its load data", () => {
  it('src={data.frameUrl} with the initiate in +page.server.ts, or Svelte 5 props and +page.ts: the KYX allow list', async () => {
    const out = await run({ 'package.json': PKG, 'src/routes/verify/+page.server.ts': LOAD(), 'src/routes/verify/+page.svelte': PAGE() });
    expect(out('src/routes/verify/+page.svelte')).toBe(PAGE().replace('allow="camera"', FULL));
    const five = PAGE('data?.frameUrl', 'let { data } = $props();');
    const out5 = await run({ 'package.json': PKG, 'src/routes/verify/+page.ts': LOAD(), 'src/routes/verify/+page.svelte': five });
    expect(out5('src/routes/verify/+page.svelte')).toBe(five.replace('allow="camera"', FULL));
  });

  it("leaves a payment provider's frame and a frame reading another key byte-identical", async () => {
    const pay = await run({ 'package.json': PKG, 'src/routes/pay/+page.server.ts': LOAD('https://api.psp.example/v1/checkout'), 'src/routes/pay/+page.svelte': PAGE() });
    expect(pay('src/routes/pay/+page.svelte')).toBe(PAGE());
    const other = PAGE('data.user');
    const out = await run({ 'package.json': PKG, 'src/routes/verify/+page.server.ts': LOAD(), 'src/routes/verify/+page.svelte': other });
    expect(out('src/routes/verify/+page.svelte')).toBe(other);
  });
});
