// A client class (EU) with the platform team's own @Traced() method decorator and a generic metadata parameter; got.
import got from 'got';
import { Traced } from './tracing.js';

export interface FaceLoginStart {
  url: string;
  reference: string;
}

export class FaceLoginClient {
  constructor(private readonly userAgent = 'Acme Platform/9.0') {}

  @Traced('jumio.face-login')
  async start<TMeta extends { userId: string }>(enrollment: string, meta: TMeta): Promise<FaceLoginStart> {
    const body = await got
      .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        json: { enrollmentTransactionReference: enrollment, userReference: meta.userId },
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'user-agent': this.userAgent },
      })
      .json<{ redirectUrl: string; transactionReference: string }>();
    return { url: body.redirectUrl, reference: body.transactionReference };
  }
}
