// A client made by a static async factory: the axios instance is built there and handed to a private constructor (EU).
import axios, { type AxiosInstance } from 'axios';

type Started = { redirectUrl: string; transactionReference: string };

export class JumioFaceLogin {
  private constructor(private readonly http: AxiosInstance) {}

  static async create(): Promise<JumioFaceLogin> {
    const http = axios.create({
      baseURL: 'https://lon.netverify.com',
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { 'User-Agent': 'Acme Telco/6.0' },
      timeout: 8000,
    });
    return new JumioFaceLogin(http);
  }

  async start(enrollment: string, userId: string): Promise<{ url: string; reference: string }> {
    const { data } = await this.http.post<Started>('/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollment,
      userReference: userId,
    });
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
