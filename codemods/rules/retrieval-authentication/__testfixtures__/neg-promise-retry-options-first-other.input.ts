// The same promise-retry shape reading a payment provider's authentication record: not Jumio, left as it is.
import promiseRetry from 'promise-retry';
import got from 'got';

export async function payerOf(reference: string): Promise<string> {
  const details = await promiseRetry({ retries: 2 }, (retry) =>
    got(`https://api.acquirer.example.com/api/netverify/v2/authentications/${reference}`, {
      username: process.env.ACQ_USER,
      password: process.env.ACQ_PASS,
    }).json<{ userReference: string }>().catch(retry));
  return details.userReference;
}
