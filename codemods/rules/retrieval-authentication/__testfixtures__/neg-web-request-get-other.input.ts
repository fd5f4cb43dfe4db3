import { get } from 'web-request';

// web-request's get reading the app's own authentication log: same path words, another host; left as it is.
export async function loggedUser(reference: string): Promise<string> {
  const result = await get(`https://audit.internal.example/api/netverify/v2/authentications/${reference}`, { json: true });
  return result.content.userReference;
}
