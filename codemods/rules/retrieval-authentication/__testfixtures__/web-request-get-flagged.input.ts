import { get } from 'web-request';

export async function authenticationUser(reference: string): Promise<string> {
  const result = await get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
  });
  return JSON.parse(result.content).userReference;
}
