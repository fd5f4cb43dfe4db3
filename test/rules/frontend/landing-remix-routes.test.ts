// landing-page-params: Remix / React Router v7 file routes (app/routes/kyc.$id_.done.tsx, a folder's route.tsx, Remix
// v1's nested folders) and SvelteKit / Nuxt segments mixing text and a parameter (src/routes/kyc/item-[id]) are
// pages of a file-system router (page-routes.ts, remix-routes.ts): the one an initiate's successUrl/errorUrl lands on
// is a proven landing page (a lone transactionReference read renamed, transactionStatus + errorCode renamed, not
// flagged). A route the redirect does not land on stays byte-identical. Real runs of the codemod over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';
import { donePage, FAILED, FLAG, ref, START, status } from '../../support/remix-landing-sources.js';

const run = tempRepoRunner('nvm-lpp-remix-');

const REMIX_PKG = '{ "name": "web", "private": true, "dependencies": { "@remix-run/node": "^2.9.0", "@remix-run/react": "^2.9.0" } }\n';
const RR7_PKG = '{ "name": "web", "private": true, "dependencies": { "react-router": "^7.1.0", "@react-router/node": "^7.1.0" }, "devDependencies": { "@react-router/dev": "^7.1.0", "@react-router/fs-routes": "^7.1.0" } }\n';
const KIT_PKG = '{ "name": "kit", "private": true, "type": "module", "devDependencies": { "@sveltejs/kit": "^2.5.0" } }\n';

const DONE = donePage('@remix-run/react');

describe('a landing page on a Remix / React Router file route that an initiate redirects to', () => {
  it('Remix v2 flat routes: kyc.$id_.done.tsx and a folder route kyc.failed/route.tsx are renamed; other routes stay', async () => {
    const out = await run({ 'package.json': REMIX_PKG, 'app/routes/api.kyc.start.ts': START('/kyc/${userId}/done', '/kyc/failed?from=jumio'),
      'app/routes/kyc.$id_.done.tsx': DONE, 'app/routes/kyc.failed/route.tsx': FAILED,
      // Another route's page; a module beside a folder route (no route); a pathless layout's page at another path.
      'app/routes/orders.$id.done.tsx': DONE, 'app/routes/kyc.failed/reasons.ts': FAILED, 'app/routes/_auth.kyc.$id.tsx': DONE });
    expect(out('app/routes/kyc.$id_.done.tsx')).toBe(ref(DONE));
    expect(out('app/routes/kyc.failed/route.tsx')).toBe(status(FAILED));
    expect(out('app/routes/orders.$id.done.tsx')).toBe(DONE);
    expect(out('app/routes/_auth.kyc.$id.tsx')).toBe(DONE);
    expect(out('app/routes/kyc.failed/reasons.ts')).toContain(FLAG);
  });

  it('React Router v7 fs-routes with an optional language segment and an _index; Remix v1 nested folders', async () => {
    const rr = await run({ 'package.json': RR7_PKG, 'app/routes/api.kyc.ts': START('/en/verify/done', '/verify'),
      'app/routes/($lang).verify.done.tsx': DONE.replace('@remix-run/react', 'react-router'), 'app/routes/verify._index.tsx': FAILED });
    expect(rr('app/routes/($lang).verify.done.tsx')).toBe(ref(DONE.replace('@remix-run/react', 'react-router')));
    expect(rr('app/routes/verify._index.tsx')).toBe(status(FAILED));
    const v1 = await run({ 'package.json': REMIX_PKG.replaceAll('^2.9.0', '^1.19.3'), 'app/routes/api/kyc.ts': START('/kyc/${userId}/done', '/kyc/failed'),
      'app/routes/kyc/$id/done.tsx': DONE, 'app/routes/__app/kyc/failed.tsx': FAILED, 'app/routes/kyc/$id/other.tsx': DONE });
    expect(v1('app/routes/kyc/$id/done.tsx')).toBe(ref(DONE));
    expect(v1('app/routes/__app/kyc/failed.tsx')).toBe(status(FAILED));
    expect(v1('app/routes/kyc/$id/other.tsx')).toBe(DONE);
    // Without a Remix / React Router dependency app/routes is a folder like any.
    const none = await run({ 'package.json': '{ "name": "web", "private": true }\n', 'app/routes/api.kyc.start.ts': START('/kyc/${userId}/done', '/kyc/failed'), 'app/routes/kyc.$id_.done.tsx': DONE });
    expect(none('app/routes/kyc.$id_.done.tsx')).toBe(DONE);
  });
});

describe('a SvelteKit / Nuxt segment mixing text and a parameter', () => {
  it('src/routes/(app)/kyc/item-[id]/+page.svelte is the landing page of `${base}/kyc/item-${id}`; [id] beside it is not', async () => {
    const page = `<script lang="ts">\n  import { page } from '$app/stores';\n  $: reference = $page.url.searchParams.get('transactionReference');\n</script>\n\n<p>Reference {reference}</p>\n`;
    const out = await run({ 'package.json': KIT_PKG, 'src/lib/server/kyc.ts': START('/kyc/item-${userId}', '/kyc/${userId}-failed/x'),
      'src/routes/(app)/kyc/item-[id]/+page.svelte': page, 'src/routes/kyc/[id]/+page.svelte': page,
      'src/routes/kyc/[id]-failed/x/+page.svelte': page, 'src/routes/kyc/[id]-other/x/+page.svelte': page });
    expect(out('src/routes/(app)/kyc/item-[id]/+page.svelte')).toBe(ref(page));
    expect(out('src/routes/kyc/[id]-failed/x/+page.svelte')).toBe(ref(page));
    expect(out('src/routes/kyc/[id]/+page.svelte')).toBe(page);
    expect(out('src/routes/kyc/[id]-other/x/+page.svelte')).toBe(page);
  });
});
