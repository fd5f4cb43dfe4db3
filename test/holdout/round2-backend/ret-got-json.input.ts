import got from 'got';

interface AuthDetails { transactionResult: string; transactionReference: string; userReference?: string }

export async function fetchDetails(reference: string): Promise<AuthDetails> {
  return got(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    headers: { 'User-Agent': 'Acme/2' },
  }).json<AuthDetails>();
}
