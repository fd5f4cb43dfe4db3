// Next.js 15 App Router route handler (app/api/hooks/face-login/route.ts): the result notification of a face login,
// form-encoded, accepted only from the US data centre's addresses.
import { headers } from 'next/headers';
import { after } from 'next/server';
import { revalidateTag } from 'next/cache';
import { markUserVerified, saveResult } from './store.js';

const CALLBACK_IPS = new Set(['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173']);

export async function POST(request: Request) {
  const ip = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() ?? '';
  if (!CALLBACK_IPS.has(ip)) return new Response('forbidden', { status: 403 });

  const form = await request.formData();
  if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return new Response(null, { status: 204 });

  const reference = String(form.get('transactionReference'));
  const member = String(form.get('userReference') ?? '');
  const passed = form.get('transactionResult') === 'PASSED';
  await saveResult(reference, {
    passed,
    enrollment: form.get('enrollmentTransactionReference'),
    sentAt: form.get('callbackDate'),
  });
  await markUserVerified(member, passed);
  after(() => revalidateTag(`face-login:${member}`));
  return new Response(null, { status: 200 });
}
