// Retrieval under a cockatiel retry policy (SGP): the result is polled until it is final.
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import { request } from 'undici';

const policy = retry(handleAll, { maxAttempts: 5, backoff: new ExponentialBackoff({ initialDelay: 2000 }) });
const BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function waitForResult(reference: string): Promise<{ result: string; user?: string }> {
  const details = await policy.execute(async () => {
    const { statusCode, body } = await request(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
      headers: { accept: 'application/json', authorization: `Basic ${BASIC}` },
    });
    if (statusCode !== 200) throw new Error(`status ${statusCode}`);
    const json = (await body.json()) as { transactionResult: string; userReference?: string };
    if (json.transactionResult === 'STARTED' || json.transactionResult === 'CREATED') throw new Error('not final yet');
    return json;
  });
  return { result: details.transactionResult, user: details.userReference };
}
