// The web-request package's request.json<T>(path, { baseUrl, auth, body, method }): request's options with a JSON
// body, the promise resolving to the parsed response.
import * as request from 'web-request';

interface JumioAuthInit {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceAuthProvider {
  constructor(private readonly apiToken: string, private readonly apiSecret: string) {}

  async start(enrollmentReference: string, userId: string): Promise<{ url: string; id: string }> {
    const result = await request.json<JumioAuthInit>('/api/authentication/v1/web/initiate', {
      baseUrl: 'https://netverify.com',
      method: 'POST',
      auth: { user: this.apiToken, pass: this.apiSecret },
      headers: { 'User-Agent': 'ico-dashboard/1.0' },
      body: {
        enrollmentTransactionReference: enrollmentReference,
        userReference: userId,
        tokenLifetimeInMinutes: 30,
      },
    });
    return { url: result.redirectUrl, id: result.transactionReference };
  }
}
