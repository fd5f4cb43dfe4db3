import axios, { type AxiosInstance } from 'axios';

export interface VerificationLink {
  url: string;
  reference: string;
}

export class IdentityVerificationService {
  readonly #client: AxiosInstance;

  constructor(token: string, secret: string, eu = false) {
    this.#client = axios.create({
      baseURL: eu ? 'https://lon.netverify.com/api/v4' : 'https://netverify.com/api/v4',
      auth: { username: token, password: secret },
      headers: { 'User-Agent': 'Tessera KYC/0.9' },
    });
  }

  async createLink(customerId: string, returnUrl: string): Promise<VerificationLink> {
    const { data } = await this.#client.post('/initiate', {
      customerInternalReference: customerId,
      successUrl: returnUrl,
      errorUrl: returnUrl,
      tokenLifetimeInMinutes: 120,
    });
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
