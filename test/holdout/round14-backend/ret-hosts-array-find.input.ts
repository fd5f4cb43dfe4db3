// Data centres kept as an array of records; the customer's data centre is found with .find() (got, typed json).
import got from 'got';

const DATA_CENTRES = [
  { code: 'US', origin: 'https://netverify.com' },
  { code: 'EU', origin: 'https://lon.netverify.com' },
] as const;

export async function authenticationOwner(dataCentre: 'US' | 'EU', reference: string): Promise<string | undefined> {
  const dc = DATA_CENTRES.find((d) => d.code === dataCentre)!;
  const details = await got(`${dc.origin}/api/netverify/v2/authentications/${reference}`, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
  }).json<{ userReference?: string; transactionReference: string }>();
  return details.userReference;
}
