import axios from 'axios';

// 3-D Secure provider client: config defaults, a static endpoint and new URL() with the authentication id.
export class ThreeDsClient {
  static readonly INITIATE_URL = 'https://api.psp.example/v4/initiate';

  constructor(private readonly config: { get<T>(key: string, fallback: T): T }) {}

  async initiate(cardToken: string, callbackUrl: string) {
    const { data } = await axios.post(ThreeDsClient.INITIATE_URL, { cardToken, callbackUrl, successUrl: callbackUrl });
    return { redirectUrl: data.redirectUrl as string, transactionReference: data.transactionReference as string };
  }

  async result(id: string) {
    const base = this.config.get<string>('PSP_BASE_URL', 'https://api.psp.example');
    const res = await fetch(new URL(`/api/netverify-compat/v2/authentications/${id}`, base));
    const json = (await res.json()) as { transactionResult: string };
    return json.transactionResult;
  }
}
