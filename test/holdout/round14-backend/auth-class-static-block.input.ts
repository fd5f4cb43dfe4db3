// A vendor client whose endpoint and credentials are set once in an ES2022 class static initialisation block
// (EU data centre); the request goes through axios with a typed response.
import axios from 'axios';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceLoginClient {
  static #initiateUrl: string;
  static #basic: string;

  static {
    this.#initiateUrl = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
    this.#basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
  }

  async start(enrollment: string, userId: string): Promise<{ url: string; reference: string }> {
    const { data } = await axios.post<FaceLoginStart>(
      FaceLoginClient.#initiateUrl,
      { enrollmentTransactionReference: enrollment, userReference: userId, errorUrl: 'https://shop.acme.example/login/face-error' },
      { headers: { Authorization: `Basic ${FaceLoginClient.#basic}`, 'User-Agent': 'Acme Shop EU/4.0' } },
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
