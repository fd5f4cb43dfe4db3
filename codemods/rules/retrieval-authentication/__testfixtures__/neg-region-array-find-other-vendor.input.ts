// Another face-authentication vendor's data centres kept as an array of records and found with .find(), on a path of
// the same shape: not Jumio's hosts, left alone.
import got from 'got';

const REGIONS = [
  { id: 'us', api: 'https://api.us.faceid.example.com' },
  { id: 'eu', api: 'https://api.eu.faceid.example.com' },
] as const;

export async function faceAuthentication(region: 'us' | 'eu', reference: string) {
  const r = REGIONS.find((x) => x.id === region)!;
  return got(`${r.api}/api/netverify/v2/authentications/${reference}`, { headers: { 'x-api-key': process.env.FACEID_KEY } }).json<{ transactionReference: string }>();
}
