// A callback handler in a file-system route file (Next.js app router `app/api/jumio/callback/route.ts`, SvelteKit
// `+server.ts`) reading only the fields a payment webhook could also send (transactionReference, transactionResult)
// is Jumio's when the route it serves names Jumio — spelled by its folders, since the file's own name is the
// framework's. Folders above the routes root (a repository named after Jumio) never count, and the same handler
// under a payments route stays untouched.
import { describe, expect, it } from 'vitest';
import { fileRoutePath } from '../../codemods/rules/callback-handler/file-route.js';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const run = tempRepoRunner('nvm-file-route-');
const HANDLER = `export async function POST(req: Request) {
  const form = await req.formData();
  const reference = form.get('transactionReference') as string;
  const result = form.get('transactionResult') as string;
  await save(reference, result);
  return new Response('OK');
}
declare function save(a: string, b: string): Promise<void>;
`;
const SVELTE_HANDLER = `import type { RequestHandler } from './$types';
export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  await record(String(form.get('transactionReference')), String(form.get('transactionResult')));
  return new Response(null, { status: 200 });
};
declare function record(a: string, b: string): Promise<void>;
`;
const MARKER = 'TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback';

describe('fileRoutePath', () => {
  it('reads the route from the folders under the routes root', () => {
    expect(fileRoutePath('app/api/jumio/callback/route.ts')).toBe('/api/jumio/callback');
    expect(fileRoutePath('apps/web/src/app/(hooks)/api/netverify/route.js')).toBe('/(hooks)/api/netverify');
    expect(fileRoutePath('src/routes/jumio/callback/+server.ts')).toBe('/jumio/callback');
    expect(fileRoutePath('pages/api/jumio/index.ts')).toBe('/api/jumio');
    expect(fileRoutePath('server/api/jumio/callback.post.ts')).toBe('/api/jumio/callback');
    expect(fileRoutePath('app/routes/api.jumio.callback.ts')).toBe('/api.jumio.callback');
  });
  it('never counts the folders above the routes root, and is undefined outside one', () => {
    expect(fileRoutePath('jumio-portal/app/api/payments/callback/route.ts')).toBe('/api/payments/callback');
    expect(fileRoutePath('src/jumio/callback.ts')).toBeUndefined();
    expect(fileRoutePath('route.ts')).toBeUndefined();
  });
});

describe('callback handlers in file-system route files', () => {
  it('flags a Next.js app-router route under a Jumio route', async () => {
    const out = await run({ 'app/api/jumio/callback/route.ts': HANDLER });
    expect(out('app/api/jumio/callback/route.ts')).toContain(MARKER);
  });

  it('flags a SvelteKit +server.ts under a Netverify route (named two folders up)', async () => {
    const out = await run({ 'src/routes/netverify/authentication/+server.ts': SVELTE_HANDLER });
    expect(out('src/routes/netverify/authentication/+server.ts')).toContain(MARKER);
  });

  it('leaves the same handler under a payments route, even in a repository named after Jumio', async () => {
    const out = await run({
      'jumio-portal/app/api/payments/callback/route.ts': HANDLER,
      'src/routes/webhooks/acquirer/+server.ts': SVELTE_HANDLER,
    });
    expect(out('jumio-portal/app/api/payments/callback/route.ts')).toBe(HANDLER);
    expect(out('src/routes/webhooks/acquirer/+server.ts')).toBe(SVELTE_HANDLER);
  });
});
