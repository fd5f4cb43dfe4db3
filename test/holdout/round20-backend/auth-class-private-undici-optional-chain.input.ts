// Face login gateway of the SG payments app (TypeScript class over undici). The endpoint and the credentials are
// #private members; the route layer gets nulls when Jumio does not answer 200.
import { request } from 'undici';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface FaceLoginLink {
  url: string | null;
  reference: string | null;
}

export class FaceLoginGateway {
  static #INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
  #token = process.env.JUMIO_API_TOKEN ?? '';
  #secret = process.env.JUMIO_API_SECRET ?? '';

  constructor(private readonly userAgent: string) {}

  async start(enrollmentReference: string, customerId: string): Promise<FaceLoginLink> {
    const { statusCode, body } = await request(FaceLoginGateway.#INITIATE, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'user-agent': this.userAgent,
        authorization: `Basic ${Buffer.from(`${this.#token}:${this.#secret}`).toString('base64')}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: enrollmentReference,
        userReference: customerId,
        tokenLifetimeInMinutes: 5,
      }),
    });
    const started = statusCode === 200 ? ((await body.json()) as FaceLoginStart) : undefined;
    if (!started) await body.dump();
    return { url: started?.redirectUrl ?? null, reference: started?.transactionReference ?? null };
  }
}
