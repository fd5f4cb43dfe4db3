// Deno: the file's last import only built the Basic header: it goes, and the helper's imports take its place.
import { encodeBase64 } from 'jsr:@std/encoding/base64';

const basic = encodeBase64(`${Deno.env.get('JUMIO_API_TOKEN')}:${Deno.env.get('JUMIO_API_SECRET')}`);

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, { headers: { Authorization: `Basic ${basic}` } });
  const details: { userReference?: string } = await res.json();
  return details.userReference;
}
