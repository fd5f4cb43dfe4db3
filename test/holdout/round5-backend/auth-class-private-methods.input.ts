import axios from 'axios';

export class NetverifyFaceClient {
  static readonly #HOST = 'https://lon.netverify.com';
  readonly #token: string;
  readonly #secret: string;

  constructor(token: string, secret: string) {
    this.#token = token;
    this.#secret = secret;
  }

  #authorization(): string {
    return 'Basic ' + Buffer.from(`${this.#token}:${this.#secret}`).toString('base64');
  }

  async initiate(enrollment: string, userReference: string) {
    const res = await axios.post<{ redirectUrl: string; transactionReference: string; timestamp: string }>(
      `${NetverifyFaceClient.#HOST}/api/authentication/v1/web/initiate`,
      { enrollmentTransactionReference: enrollment, userReference },
      { headers: { Authorization: this.#authorization(), 'User-Agent': 'Solace Health/2.2' } },
    );
    return { iframeUrl: res.data.redirectUrl, reference: res.data.transactionReference };
  }
}
