import got from 'got';
import type { JumioAuthInitResponse } from './jumio-types.js';
import { JUMIO_HOST_US } from './jumio-hosts.js';

export class FaceAuthService {
  constructor(private readonly token: string, private readonly secret: string) {}

  async begin(enrollmentReference: string, locale = 'en'): Promise<{ url: string; reference: string }> {
    const result = await got
      .post(`${JUMIO_HOST_US}/api/authentication/v1/web/initiate`, {
        json: { enrollmentTransactionReference: enrollmentReference, locale, tokenLifetimeInMinutes: 30 },
        username: this.token,
        password: this.secret,
      })
      .json<JumioAuthInitResponse>();
    return { url: result.redirectUrl, reference: result.transactionReference };
  }
}
