import * as undici from 'undici';

export class NetverifyResults {
  private readonly client = new undici.Client('https://core-sgp.jumio.com');

  constructor(private readonly token: string, private readonly secret: string) {}

  async authentication(reference: string): Promise<{ ref: string; user?: string }> {
    const { body } = await this.client.request({
      path: `/api/netverify/v2/authentications/${reference}`,
      method: 'GET',
      headers: { Authorization: `Basic ${Buffer.from(`${this.token}:${this.secret}`).toString('base64')}`, Accept: 'application/json' },
    });
    const details = (await body.json()) as { transactionReference: string; userReference?: string };
    return { ref: details.transactionReference, user: details.userReference };
  }
}

const agent = new undici.Agent({ keepAliveTimeout: 5_000 });

export async function resultViaAgent(ref: string, basic: string) {
  const { body } = await agent.request({
    origin: 'https://netverify.com',
    path: `/api/netverify/v2/authentications/${ref}`,
    method: 'GET',
    headers: { authorization: `Basic ${basic}` },
  });
  const { userReference } = (await body.json()) as { transactionReference: string; userReference?: string };
  return userReference;
}
