// AdonisJS 6 service (EU): a got.extend() instance on the legacy base with Basic credentials and a beforeRequest hook
// that only adds a correlation id; the instance also serves the ID-verification scans.
import { inject } from '@adonisjs/core';
import { HttpContext } from '@adonisjs/core/http';
import got from 'got';
import { randomUUID } from 'node:crypto';

const netverify = got.extend({
  prefixUrl: 'https://lon.netverify.com/api',
  username: process.env.JUMIO_API_TOKEN,
  password: process.env.JUMIO_API_SECRET,
  headers: { 'User-Agent': 'Acme Adonis/6.2' },
  hooks: {
    beforeRequest: [
      (options) => {
        options.headers['x-correlation-id'] = randomUUID();
      },
    ],
  },
});

@inject()
export default class FaceLoginService {
  constructor(protected ctx: HttpContext) {}

  async start(enrollmentRef: string) {
    const user = this.ctx.auth.getUserOrFail();
    const started = await netverify
      .post('authentication/v1/web/initiate', { json: { enrollmentTransactionReference: enrollmentRef, userReference: user.uuid, locale: 'nl' } })
      .json<{ redirectUrl: string; transactionReference: string }>();
    return { href: started.redirectUrl, reference: started.transactionReference };
  }

  async scanStatus(scanRef: string) {
    return netverify.get(`netverify/v2/scans/${scanRef}`).json<{ status: string }>();
  }
}
