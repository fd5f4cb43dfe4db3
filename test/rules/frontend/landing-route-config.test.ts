// landing-page-params: React Router v7's app/routes.ts config (route / index / layout / prefix of
// '@react-router/dev/routes', nested children) and remix-flat-routes' `+` folders (kyc+/done.tsx, kyc+/_index.tsx, a
// route folder's route.tsx inside one) declare routes page-routes.ts follows (route-config.ts, remix-routes.ts): the
// module an initiate's successUrl/errorUrl lands on is a proven landing page (a lone useSearchParams reference read,
// a loader's transactionStatus + errorCode renamed, not flagged). Modules the config does not declare, another route
// and a component beside the routes stay byte-identical. Real runs of the codemod over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';
import { donePage, FAILED, FLAG, ref, START, status } from '../../support/remix-landing-sources.js';

const run = tempRepoRunner('nvm-lpp-config-');

const RR7_PKG = '{ "name": "web", "private": true, "type": "module", "dependencies": { "react-router": "^7.1.0", "@react-router/node": "^7.1.0" }, "devDependencies": { "@react-router/dev": "^7.1.0" } }\n';
const FLAT_PKG = '{ "name": "web", "private": true, "dependencies": { "@remix-run/node": "^2.9.0", "@remix-run/react": "^2.9.0", "remix-flat-routes": "^0.6.5" } }\n';

const DONE = donePage('react-router');

const CONFIG = `import { type RouteConfig, index, layout, prefix, route as r } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  r('api/kyc', 'routes/api-kyc.ts'),
  layout('routes/account-layout.tsx', [
    r('kyc/:userId/done', 'routes/kyc-done.tsx'),
    r('orders/:id/done', 'routes/order-done.tsx'),
  ]),
  ...prefix('verify', [
    index('routes/verify/start.tsx'),
    r('failed', 'routes/verify/failed.tsx'),
  ]),
] satisfies RouteConfig;
`;

describe('React Router v7 app/routes.ts config', () => {
  it('a module declared by route() inside layout() / prefix() is the page of its path; undeclared modules are not', async () => {
    const out = await run({ 'package.json': RR7_PKG, 'app/routes.ts': CONFIG, 'app/routes/api-kyc.ts': START('/kyc/${userId}/done', '/verify/failed'),
      'app/routes/kyc-done.tsx': DONE, 'app/routes/verify/failed.tsx': FAILED,
      // Another route's page, and a component under app/ that no route declares (it reads the same names).
      'app/routes/order-done.tsx': DONE, 'app/components/KycStatus.tsx': DONE });
    expect(out('app/routes/kyc-done.tsx')).toBe(ref(DONE));
    expect(out('app/routes/verify/failed.tsx')).toBe(status(FAILED));
    expect(out('app/routes/order-done.tsx')).toBe(DONE);
    expect(out('app/components/KycStatus.tsx')).toBe(DONE);
  });

  it('a nested route() continues its parent\'s path; without @react-router/dev the config is not read', async () => {
    const nested = "import { route, index } from '@react-router/dev/routes';\n\nexport default [\n  route('kyc', 'routes/kyc.tsx', [\n    index('routes/kyc-home.tsx'),\n    route('failed', 'routes/kyc-failed.tsx'),\n  ]),\n];\n";
    const out = await run({ 'package.json': RR7_PKG, 'app/routes.ts': nested, 'app/routes/api.ts': START('/kyc', '/kyc/failed'),
      'app/routes/kyc-failed.tsx': FAILED, 'app/routes/kyc-home.tsx': DONE });
    expect(out('app/routes/kyc-failed.tsx')).toBe(status(FAILED));
    expect(out('app/routes/kyc-home.tsx')).toBe(ref(DONE));
    const none = await run({ 'package.json': '{ "name": "web", "private": true }\n', 'app/routes.ts': nested, 'app/routes/api.ts': START('/kyc', '/kyc/failed'), 'app/routes/kyc-home.tsx': DONE });
    expect(none('app/routes/kyc-home.tsx')).toBe(DONE);
  });
});

describe('remix-flat-routes + folders', () => {
  it('kyc+/$id.done.tsx, _auth+/kyc+/_index.tsx and a route folder\'s route.tsx are pages; a module in a plain folder is not', async () => {
    const done = DONE.replace("'react-router'", "'@remix-run/react'");
    const out = await run({ 'package.json': FLAT_PKG, 'app/routes/api+/kyc.ts': START('/kyc/${userId}/done', '/verify/failed'),
      'app/routes/kyc+/$id.done.tsx': done, 'app/routes/verify+/failed/route.tsx': FAILED,
      // Another route; a module beside a route folder's route module; the same names without the plugin.
      'app/routes/orders+/$id.done.tsx': done, 'app/routes/verify+/failed/reasons.ts': FAILED });
    expect(out('app/routes/kyc+/$id.done.tsx')).toBe(ref(done));
    expect(out('app/routes/verify+/failed/route.tsx')).toBe(status(FAILED));
    expect(out('app/routes/orders+/$id.done.tsx')).toBe(done);
    expect(out('app/routes/verify+/failed/reasons.ts')).toContain(FLAG);
    const index = await run({ 'package.json': FLAT_PKG, 'app/routes/api+/kyc.ts': START('/kyc', '/kyc'), 'app/routes/_auth+/kyc+/_index.tsx': done });
    expect(index('app/routes/_auth+/kyc+/_index.tsx')).toBe(ref(done));
    const plain = await run({ 'package.json': FLAT_PKG.replace(', "remix-flat-routes": "^0.6.5"', ''), 'app/routes/api.kyc.ts': START('/kyc/${userId}/done', '/x'), 'app/routes/kyc+/$id.done.tsx': done });
    expect(plain('app/routes/kyc+/$id.done.tsx')).toBe(done);
  });
});
