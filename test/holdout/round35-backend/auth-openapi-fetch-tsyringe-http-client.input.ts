// Face login through the typed client the platform team generates from its own OpenAPI description of the vendor's
// API (openapi-typescript + openapi-fetch, Singapore data centre). The client is registered in the tsyringe container
// as 'HttpClient'; a middleware signs every request with the API user's pair, and the service gets the client by
// constructor injection.
import 'reflect-metadata';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { container, inject, injectable } from 'tsyringe';
import type { paths } from './generated/identity-api.js';
import { saveFaceLogin } from './store.js';

const signWithApiUser: Middleware = {
  async onRequest({ request }) {
    const pair = `${process.env.IDENTITY_API_TOKEN}:${process.env.IDENTITY_API_SECRET}`;
    request.headers.set('Authorization', `Basic ${Buffer.from(pair).toString('base64')}`);
    return request;
  },
};

const identityApi = createClient<paths>({
  baseUrl: 'https://core-sgp.jumio.com',
  headers: { Accept: 'application/json', 'User-Agent': 'Merlion Wallet/8.1' },
});
identityApi.use(signWithApiUser);

container.register('HttpClient', { useValue: identityApi });

export interface FaceLoginStart {
  memberId: string;
  enrolmentReference: string;
  language: 'en' | 'zh' | 'ms';
}

@injectable()
export class FaceLoginService {
  constructor(@inject('HttpClient') private readonly http: Client<paths>) {}

  async begin(start: FaceLoginStart): Promise<{ openUrl: string }> {
    const { data, error, response } = await this.http.POST('/api/authentication/v1/web/initiate', {
      body: {
        enrollmentTransactionReference: start.enrolmentReference,
        userReference: start.memberId,
        successUrl: 'https://wallet.merlion.example/face-login/ok',
        errorUrl: 'https://wallet.merlion.example/face-login/error',
        locale: start.language === 'zh' ? 'zh-CN' : 'en-GB',
        tokenLifetimeInMinutes: 30,
      },
    });
    if (error || !data) {
      throw new Error(`face login could not start (${response.status})`);
    }
    await saveFaceLogin(start.memberId, data.transactionReference);
    return { openUrl: data.redirectUrl };
  }
}

export const faceLoginService = container.resolve(FaceLoginService);
