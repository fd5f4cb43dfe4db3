// The instance comes through a public constructor: any caller may pass another client (a mock, a proxy, a KYX
// instance), so the one construction in the file proves nothing about the call's URL; it is left alone here.
import axios, { type AxiosInstance } from 'axios';

export class FaceLogin {
  constructor(private readonly http: AxiosInstance) {}

  static create(): FaceLogin {
    return new FaceLogin(axios.create({ baseURL: 'https://netverify.com', auth: { username: 'token', password: 'secret' } }));
  }

  async start(enrollment: string): Promise<string> {
    const { data } = await this.http.post('/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment });
    return data.redirectUrl;
  }
}
