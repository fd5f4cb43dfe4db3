// Deno: the Basic header built with encoders of Deno's standard library. Once the header is gone, the consts that built
// it and the imports only they read go (Deno's std modules only declare things); an import, or a name of it, still read stays.
import { encodeBase64, decodeBase64 } from 'jsr:@std/encoding/base64';
import { encodeHex } from 'jsr:@std/encoding/hex';

const basic = encodeBase64(`${Deno.env.get('JUMIO_API_TOKEN')}:${Deno.env.get('JUMIO_API_SECRET')}`);
const trace = encodeHex('x');

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${basic}`, 'X-Trace': trace },
  });
  const details: { userReference?: string } = await res.json();
  return details.userReference ?? new TextDecoder().decode(decodeBase64(''));
}
