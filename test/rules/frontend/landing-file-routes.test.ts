// landing-page-params: a page of a file-system router (Nuxt pages/, Next.js pages/ and app/, SvelteKit src/routes)
// whose route — parameterised ([id], [...slug]) or not — is the successUrl/errorUrl of an initiate call in another file
// of the run is a proven landing page (file-route-proof.ts, page-routes.ts): a lone transactionReference read is
// renamed (it was left silent), transactionStatus + errorCode without transactionReference renamed (it was flagged).
// Pages the redirect does not land on — another route, a dynamic page where a static one is more specific — stay
// byte-identical. Real runs of the codemod over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';

const run = tempRepoRunner('nvm-lpp-routes-');

const NUXT_PKG = '{ "name": "shop", "private": true, "devDependencies": { "nuxt": "^3.10.0" } }\n';
const NEXT_PKG = '{ "name": "web", "private": true, "dependencies": { "next": "14.2.3", "react": "18.3.1", "axios": "^1.6.0" } }\n';
const KIT_PKG = '{ "name": "kit", "private": true, "type": "module", "devDependencies": { "@sveltejs/kit": "^2.5.0" } }\n';

const NITRO_START = (success: string, error: string, path = 'api/authentication/v1/web/initiate', body = 'enrollmentTransactionReference: enrollmentRef,') => `export default defineEventHandler(async (event) => {
  const { userId, enrollmentRef } = await readBody(event);
  const cfg = useRuntimeConfig(event);
  const res = await $fetch<{ redirectUrl: string }>('https://lon.netverify.com/${path}', {
    method: 'POST',
    headers: { Authorization: \`Basic \${Buffer.from(\`\${cfg.jumioToken}:\${cfg.jumioSecret}\`).toString('base64')}\`, 'User-Agent': 'Shop KYC/1.0' },
    body: {
      ${body}
      callbackUrl: \`\${cfg.public.baseUrl}/api/kyc/callback\`,
      successUrl: \`\${cfg.public.baseUrl}${success}\`,
      errorUrl: \`\${cfg.public.baseUrl}${error}\`,
      customerInternalReference: userId,
    },
  });
  return { url: res.redirectUrl };
});
`;
const NUXT_DONE = `<script setup lang="ts">
const route = useRoute();
const reference = route.query.transactionReference as string;
</script>

<template>
  <p>Thanks, we are checking your selfie (reference {{ reference }}).</p>
</template>
`;
const NUXT_FAILED = `<script setup lang="ts">
const route = useRoute();
const status = computed(() => route.query.transactionStatus);
const code = computed(() => Number(route.query.errorCode));
</script>

<template>
  <h1 v-if="status === 'ERROR'">The identity check did not finish</h1>
  <p v-if="code === 9200">Your session expired, please start again.</p>
</template>
`;

describe('a landing page on a file-system route that an initiate of another file redirects to', () => {
  it('Nuxt [id] pages: the lone reference and the status beside errorCode are renamed', async () => {
    const templateOnly = '<template>\n  <p>Reference: {{ $route.query.transactionReference }}</p>\n</template>\n';
    const out = await run({ 'package.json': NUXT_PKG, 'server/api/kyc/start.post.ts': NITRO_START('/kyc/${userId}/done', '/kyc/${userId}/failed'),
      'pages/kyc/[id]/done.vue': NUXT_DONE, 'pages/kyc/[id]/failed.vue': NUXT_FAILED, 'app/pages/kyc/[id]/done.vue': templateOnly });
    expect(out('pages/kyc/[id]/done.vue')).toBe(NUXT_DONE.replace('query.transactionReference', 'query.workflowExecutionId'));
    expect(out('pages/kyc/[id]/failed.vue')).toBe(NUXT_FAILED.replace('query.transactionStatus', 'query.acquisitionStatus'));
    // Nuxt 4's app/pages, the reference read in the template only.
    expect(out('app/pages/kyc/[id]/done.vue')).toBe(templateOnly.replace('transactionReference', 'workflowExecutionId'));
  });

  it('an ID Verification (v4) enrolment landing on a Nuxt [...slug] / Nuxt 2 _id page: renamed too (KYX sends the same parameters)', async () => {
    const v4 = NITRO_START('/idv/${userId}/done', '/idv/result/${userId}', 'api/v4/initiate', 'workflowId: 200,');
    const out = await run({ 'package.json': NUXT_PKG, 'server/api/kyc/enrol.post.ts': v4, 'pages/idv/[...slug].vue': NUXT_DONE, 'pages/idv/result/_id.vue': NUXT_FAILED });
    expect(out('pages/idv/[...slug].vue')).toBe(NUXT_DONE.replace('query.transactionReference', 'query.workflowExecutionId'));
    // In Nuxt 3 _id.vue is the literal route /idv/result/_id: still flagged (status with errorCode), not renamed.
    expect(out('pages/idv/result/_id.vue')).toContain('TODO(netverify-migrate): landing-page-params: reads transactionStatus, errorCode');
    const nuxt2 = await run({ 'package.json': NUXT_PKG.replace('^3.10.0', '^2.17.3'), 'server/api/kyc/enrol.post.ts': v4, 'pages/idv/result/_id.vue': NUXT_FAILED });
    expect(nuxt2('pages/idv/result/_id.vue')).toBe(NUXT_FAILED.replace('query.transactionStatus', 'query.acquisitionStatus'));
  });

  it('Next.js pages/[userId] and app/[id]/…/page.tsx, SvelteKit src/routes/[id]/+page.svelte and +page.ts', async () => {
    const start = `import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId, enrollmentReference } = req.body;
  const base = process.env.NEXT_PUBLIC_APP_URL;
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentReference,
    successUrl: \`\${base}/kyc/\${userId}/success\`,
    errorUrl: \`\${base}/verify/\${userId}/result?from=jumio\`,
  }, { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } });
  res.status(200).json({ redirectUrl: data.redirectUrl });
}
`;
    const pagesPage = `import { useRouter } from 'next/router';

export default function KycSuccess() {
  const { query } = useRouter();
  const reference = query.transactionReference as string | undefined;
  return <main>{reference && <p>Your reference: {reference}</p>}</main>;
}
`;
    const appPage = `export default function Result({ searchParams }: { searchParams: { transactionStatus?: string; errorCode?: string } }) {
  if (searchParams.transactionStatus === 'ERROR') return <p>Verification failed (code {searchParams.errorCode ?? 'unknown'})</p>;
  return <p>Verification finished</p>;
}
`;
    const out = await run({ 'package.json': NEXT_PKG, 'pages/api/kyc/start.ts': start, 'pages/kyc/[userId]/success.tsx': pagesPage, 'app/verify/[id]/(flow)/result/page.tsx': appPage });
    expect(out('pages/kyc/[userId]/success.tsx')).toBe(pagesPage.replace('query.transactionReference', 'query.workflowExecutionId'));
    expect(out('app/verify/[id]/(flow)/result/page.tsx')).toBe(appPage.replaceAll('transactionStatus', 'acquisitionStatus'));

    const kitPage = `<script lang="ts">\n  import { page } from '$app/stores';\n  $: reference = $page.url.searchParams.get('transactionReference');\n</script>\n\n<p>Reference {reference}</p>\n`;
    const kitLoad = `export const load = ({ url, params }) => ({ user: params.id, status: url.searchParams.get('transactionStatus'), code: url.searchParams.get('errorCode') });\n`;
    const kitStart = start.replace("import type { NextApiRequest, NextApiResponse } from 'next';\n", '').replace('req: NextApiRequest, res: NextApiResponse', 'req, res');
    const kit = await run({ 'package.json': KIT_PKG, 'src/lib/server/kyc.ts': kitStart, 'src/routes/kyc/[id]/success/+page.svelte': kitPage, 'src/routes/verify/[user=uuid]/result/+page.ts': kitLoad });
    expect(kit('src/routes/kyc/[id]/success/+page.svelte')).toBe(kitPage.replace("'transactionReference'", "'workflowExecutionId'"));
    expect(kit('src/routes/verify/[user=uuid]/result/+page.ts')).toBe(kitLoad.replace("'transactionStatus'", "'acquisitionStatus'"));
  });

  it('leaves pages the redirect does not land on byte-identical', async () => {
    const order = `<script setup lang="ts">\nconst route = useRoute();\nconst payment = route.query.transactionReference;\n</script>\n\n<template><p>Order {{ route.params.id }} paid ({{ payment }})</p></template>\n`;
    const step = `<script setup lang="ts">\nconst route = useRoute();\nconst ref = route.query.transactionReference;\n</script>\n\n<template><p>Step {{ route.params.step }}: {{ ref }}</p></template>\n`;
    const files = { 'package.json': NUXT_PKG, 'server/api/kyc/start.post.ts': NITRO_START('/kyc/done', '/kyc/${userId}/failed'),
      // Another route's page; a dynamic page where a static one (done.vue) is the more specific match; the same
      // dynamic page in a project that is no Nuxt app (no router: pages/ is a folder).
      'pages/orders/[id]/success.vue': order, 'pages/kyc/[step].vue': step, 'pages/kyc/done.vue': NUXT_DONE, 'lib/pages/kyc/[step].vue': step };
    const out = await run(files);
    expect(out('pages/orders/[id]/success.vue')).toBe(order);
    expect(out('pages/kyc/[step].vue')).toBe(step);
    expect(out('lib/pages/kyc/[step].vue')).toBe(step);
    expect(out('pages/kyc/done.vue')).toBe(NUXT_DONE.replace('query.transactionReference', 'query.workflowExecutionId'));
    // Another vendor's checkout redirecting to a parameterised page: not an initiate of Jumio's.
    const psp = NITRO_START('/kyc/${userId}/done', '/kyc/${userId}/failed').replace('lon.netverify.com/api/authentication/v1/web/initiate', 'api.psp.example/v1/checkout');
    const other = await run({ 'package.json': NUXT_PKG, 'server/api/kyc/start.post.ts': psp, 'pages/kyc/[id]/done.vue': NUXT_DONE });
    expect(other('pages/kyc/[id]/done.vue')).toBe(NUXT_DONE);
  });

  it("a SvelteKit +page.svelte reading the query its route's load returns whole (data.query.transactionStatus): renamed; a payment page alike stays", async () => {
    const load = "export const load = ({ url }) => {\n  return { query: Object.fromEntries(url.searchParams) };\n};\n";
    const page = `<script lang="ts">\n  export let data;\n  $: ok = data.query.transactionStatus === 'SUCCESS';\n</script>\n\n{#if ok}<p>Reference {data.query.transactionReference}</p>{:else}<p>Error {data.query?.errorCode}</p>{/if}\n`;
    const out = await run({ 'package.json': KIT_PKG, 'src/routes/kyc/done/+page.ts': load, 'src/routes/kyc/done/+page.svelte': page });
    expect(out('src/routes/kyc/done/+page.svelte')).toBe(page.replace('transactionStatus', 'acquisitionStatus').replace('transactionReference', 'workflowExecutionId'));
    expect(out('src/routes/kyc/done/+page.ts')).toBe(load);
    const paid = page.replace("'SUCCESS'", "'PAID'");
    const other = await run({ 'package.json': KIT_PKG, 'src/routes/pay/done/+page.server.ts': load, 'src/routes/pay/done/+page.svelte': paid });
    expect(other('src/routes/pay/done/+page.svelte')).toBe(paid);
  });
});
