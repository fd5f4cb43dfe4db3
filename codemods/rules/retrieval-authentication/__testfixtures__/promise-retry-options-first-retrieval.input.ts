// promise-retry with its options first: it resolves with what the task resolves to, the retrieval's details.
import promiseRetry from 'promise-retry';
import got from 'got';

interface AuthenticationDetails {
  transactionReference: string;
  userReference: string;
}

export async function userOf(reference: string): Promise<string> {
  const details = await promiseRetry({ retries: 2, minTimeout: 200 }, (retry) =>
    got(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
      username: process.env.JUMIO_TOKEN,
      password: process.env.JUMIO_SECRET,
    }).json<AuthenticationDetails>().catch(retry));
  return details.userReference;
}
