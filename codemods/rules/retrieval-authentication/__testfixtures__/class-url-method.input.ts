// The details URL built by a method of the calling class from a private host field (`this.detailsUrl(reference)`):
// the method's parameter is the call's argument, so the reference is visible at the call and the URL is proven.
// The private builder, host and header fields only the call read go with it; a public builder others may call stays.
import { request } from 'undici';

export class FaceLoginResults {
  private readonly host = 'https://netverify.com';
  private readonly authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  private detailsUrl(reference: string) {
    return `${this.host}/api/netverify/v2/authentications/${reference}`;
  }

  async userOf(reference: string) {
    const { body } = await request(this.detailsUrl(reference), { headers: { authorization: this.authorization } });
    const details = (await body.json()) as { userReference?: string };
    return details.userReference;
  }
}

export class PublicUrls {
  detailsUrl(reference: string) {
    return `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`;
  }

  async userOf(reference: string) {
    const { body } = await request(this.detailsUrl(reference), { headers: { authorization: `Basic ${process.env.JUMIO_BASIC}` } });
    const details = (await body.json()) as { userReference?: string };
    return details.userReference;
  }
}
