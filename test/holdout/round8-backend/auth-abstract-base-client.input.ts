// Vendor clients share one base class; the Jumio subclass only knows its host and paths.
abstract class VendorHttpClient {
  protected abstract readonly baseUrl: string;
  protected abstract authorization(): string;

  protected async postJson<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { Authorization: this.authorization(), 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${this.constructor.name}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }
}

interface JumioAuthStart {
  redirectUrl: string;
  transactionReference: string;
}

export class JumioAuthClient extends VendorHttpClient {
  protected readonly baseUrl = 'https://lon.netverify.com';

  protected authorization(): string {
    return 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');
  }

  async start(enrollmentReference: string, userReference: string): Promise<JumioAuthStart> {
    return this.postJson<JumioAuthStart>('/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollmentReference,
      userReference,
    });
  }
}
