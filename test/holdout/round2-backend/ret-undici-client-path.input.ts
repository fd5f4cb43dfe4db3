import { Client } from 'undici';

type AuthResult = 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';

export class JumioRetrieval {
  private readonly client = new Client('https://lon.netverify.com');
  private readonly authorization: string;

  constructor(token: string, secret: string) {
    this.authorization = 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64');
  }

  async result(reference: string): Promise<AuthResult> {
    const { statusCode, body } = await this.client.request({
      method: 'GET',
      path: `/api/netverify/v2/authentications/${reference}`,
      headers: { accept: 'application/json', authorization: this.authorization, 'user-agent': 'Umbrella IAM/7' },
    });
    if (statusCode !== 200) throw new Error(`jumio retrieval ${statusCode}`);
    const details = (await body.json()) as { transactionResult: AuthResult };
    return details.transactionResult;
  }

  close() {
    return this.client.close();
  }
}
