import type { Config } from '@netlify/functions';
import { getStore } from '@netlify/blobs';

export default async (req: Request) => {
  const params = new URLSearchParams(await req.text());
  if (params.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return new Response('ignored', { status: 202 });
  await getStore('face-auth').setJSON(params.get('transactionReference') ?? 'unknown', {
    result: params.get('transactionResult'),
    liveness: params.get('livenessImages'),
  });
  return new Response('ok');
};

export const config: Config = { path: '/webhooks/jumio-auth', method: 'POST' };
