import got from 'got';

// got's username / password written after the headers object: both go, the header gets the token.
export async function lookupUser(ref: string) {
  const details = await got(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { headers: { Accept: 'application/json' }, username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET }).json<{ userReference: string }>();
  return details.userReference;
}
