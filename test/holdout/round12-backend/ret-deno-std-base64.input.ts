// Deno-style TypeScript: jsr:@std/encoding's encodeBase64 for the Basic header, Deno.env (EU).
import { encodeBase64 } from 'jsr:@std/encoding/base64';

const basic = encodeBase64(`${Deno.env.get('JUMIO_API_TOKEN')}:${Deno.env.get('JUMIO_API_SECRET')}`);

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${basic}`, 'User-Agent': 'Acme Rail/6.6' },
  });
  if (!res.ok) throw new Error(`jumio ${res.status}`);
  const details: { userReference?: string } = await res.json();
  return details.userReference;
}
