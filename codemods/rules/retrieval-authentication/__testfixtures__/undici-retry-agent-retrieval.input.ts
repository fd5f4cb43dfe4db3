import { Agent, RetryAgent } from 'undici';

const agent = new Agent({ keepAliveTimeout: 10_000 });
// The retrieval is safe to repeat: retry it on 5xx and network errors.
const retrying = new RetryAgent(agent, { maxRetries: 4, statusCodes: [502, 503, 504] });

export async function authenticationUser(reference: string): Promise<string | undefined> {
  const { body } = await retrying.request({
    origin: 'https://lon.netverify.com',
    path: `/api/netverify/v2/authentications/${reference}`,
    method: 'GET',
    headers: { authorization: `Basic ${process.env.JUMIO_BASIC}`, accept: 'application/json' },
  });
  const details = (await body.json()) as { userReference?: string };
  return details.userReference;
}
