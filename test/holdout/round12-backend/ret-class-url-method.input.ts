// A client class building the details URL in a private method from a private host field (US); undici's request.
import { request } from 'undici';

export class FaceLoginResults {
  private readonly host = 'https://netverify.com';
  private readonly authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  private detailsUrl(reference: string) {
    return `${this.host}/api/netverify/v2/authentications/${reference}`;
  }

  async userOf(reference: string) {
    const { body } = await request(this.detailsUrl(reference), {
      headers: { authorization: this.authorization, 'user-agent': 'Acme Insure/8.0' },
    });
    const details = (await body.json()) as { transactionReference: string; userReference?: string };
    return details.userReference;
  }
}
