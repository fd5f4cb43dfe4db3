import { encodeBase64 } from 'jsr:@std/encoding/base64';

const basic = encodeBase64(`${Deno.env.get('JUMIO_TOKEN')}:${Deno.env.get('JUMIO_SECRET')}`);

export async function createVerification(customerId: string) {
  const r = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { 'Authorization': `Basic ${basic}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: customerId, workflowId: 200 }),
  });
  const data = await r.json();
  return data.redirectUrl as string;
}
