import got from 'got';

interface JumioAuthResult {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: string;
  userReference?: string;
}

const retrievalUrl = (ref: string) => `https://netverify.com/api/netverify/v2/authentications/${ref}`;

export async function loadResult(ref: string): Promise<string | undefined> {
  const result = await got
    .get(retrievalUrl(ref), { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET })
    .json<JumioAuthResult>();
  return result.userReference;
}
