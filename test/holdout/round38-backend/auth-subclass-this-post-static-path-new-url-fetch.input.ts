// Identity vendors of the onboarding platform share one small JSON client: the base class owns the transport (URL
// resolution, serialisation, the Authorization header, error mapping) and each vendor subclass only names its paths
// and its defaults. Face login (EU data centre) goes through the Netverify subclass at the bottom.
import { saveFaceLogin } from './store.js';

export class VendorHttpError extends Error {
  constructor(
    readonly vendor: string,
    readonly status: number,
    readonly responseText: string,
  ) {
    super(`${vendor} answered HTTP ${status}`);
  }
}

abstract class JsonApiClient {
  protected constructor(
    private readonly vendor: string,
    private readonly baseUrl: string,
    private readonly authorization: string,
  ) {}

  protected async post<T>(path: string, body: unknown): Promise<T> {
    // new URL() instead of string concatenation: a base with or without a trailing slash resolves the same way.
    const url = new URL(path, this.baseUrl);
    const payload = JSON.stringify(body);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(payload)),
        Authorization: this.authorization,
        'User-Agent': 'Fjord Onboarding/6.4',
      },
      body: payload,
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) throw new VendorHttpError(this.vendor, res.status, await res.text());
    return (await res.json()) as T;
  }
}

function basicAuthorization(user: string, password: string): string {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

const NETVERIFY_EU = 'https://lon.netverify.com';

// The same for every member: where the hosted page sends the member back, and how long the link lives.
const FACE_LOGIN_DEFAULTS = {
  successUrl: 'https://app.fjordbank.example/face-login/complete',
  errorUrl: 'https://app.fjordbank.example/face-login/failed',
  callbackUrl: 'https://api.fjordbank.example/hooks/netverify/face-login',
  tokenLifetimeInMinutes: 15,
};

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class NetverifyFaceLoginClient extends JsonApiClient {
  static readonly INITIATE_PATH = '/api/authentication/v1/web/initiate';

  constructor(apiToken = process.env.NETVERIFY_API_TOKEN ?? '', apiSecret = process.env.NETVERIFY_API_SECRET ?? '') {
    super('netverify', NETVERIFY_EU, basicAuthorization(apiToken, apiSecret));
  }

  async start(member: { id: string; enrolmentReference: string; locale?: string }): Promise<{ redirectTo: string; reference: string }> {
    const started = await this.post<FaceLoginStart>(NetverifyFaceLoginClient.INITIATE_PATH, {
      ...FACE_LOGIN_DEFAULTS,
      enrollmentTransactionReference: member.enrolmentReference,
      userReference: member.id,
      locale: member.locale ?? 'en-GB',
    });
    await saveFaceLogin(member.id, started.transactionReference);
    return { redirectTo: started.redirectUrl, reference: started.transactionReference };
  }
}
