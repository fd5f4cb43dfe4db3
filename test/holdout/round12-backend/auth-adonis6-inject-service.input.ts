// AdonisJS 6 service resolved by the container (@inject()); credentials from the typed #start/env; the global fetch (EU).
import { inject } from '@adonisjs/core';
import env from '#start/env';
import { HttpContext } from '@adonisjs/core/http';

interface JumioAuthStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@inject()
export default class FaceLoginService {
  constructor(protected ctx: HttpContext) {}

  async begin(enrollmentReference: string): Promise<{ url: string; reference: string }> {
    const token = env.get('JUMIO_API_TOKEN');
    const secret = env.get('JUMIO_API_SECRET');
    const response = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Acme Broker/3.4',
        Authorization: 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64'),
      },
      body: JSON.stringify({
        enrollmentTransactionReference: enrollmentReference,
        userReference: this.ctx.auth.user!.uuid,
        successUrl: 'https://broker.acme.example/login/verified',
        errorUrl: 'https://broker.acme.example/login/failed',
        locale: 'en-GB',
      }),
    });
    if (!response.ok) throw new Error(`Jumio answered ${response.status}`);
    const started = (await response.json()) as JumioAuthStart;
    return { url: started.redirectUrl, reference: started.transactionReference };
  }
}
