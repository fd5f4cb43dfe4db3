// Face login for the Lumen Pay wallet (KYX workflow 9 on the member's account, APAC region).
// The HTTP client and the clock are constructor parameters so the unit tests can hand in a stub fetch and a fixed
// time (test/face-login-gateway.test.ts: `new FaceLoginGateway(stubFetch, () => FIXED_NOW)`); the app uses the
// defaults through the shared instance at the bottom of this module.
import { recordFaceLoginStart } from './store.js';

const KYX_TOKEN = 'https://auth.apac-1.jumio.ai/oauth2/token';
const KYX_ACCOUNTS = 'https://account.apac-1.jumio.ai/api/v1/accounts';
const RETURN_PAGES = 'https://wallet.lumenpay.example/security/face-login';
const SESSION_MINUTES = 10;

export interface FaceLoginMember {
  id: string;
  kyxAccountId: string;
  kyxIdCredentialId: string;
  locale?: string;
}

interface AccountUpdateResponse {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

export class FaceLoginError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'FaceLoginError';
  }
}

export class FaceLoginGateway {
  private token?: { value: string; expiresAt: number };

  constructor(
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly now: () => Date = () => new Date(),
    private readonly userAgent = 'LumenPay-Wallet/4.0',
  ) {}

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.now().getTime() + 60_000) return this.token.value;
    const client = Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64');
    const res = await this.fetchImpl(KYX_TOKEN, {
      method: 'POST',
      headers: { Authorization: `Basic ${client}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    if (!res.ok) throw new FaceLoginError(res.status, `KYX token request failed with HTTP ${res.status}`);
    const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
    this.token = { value: access_token, expiresAt: this.now().getTime() + expires_in * 1000 };
    return access_token;
  }

  async start(member: FaceLoginMember): Promise<{ url: string; reference: string; expiresAt: Date }> {
    const res = await this.fetchImpl(`${KYX_ACCOUNTS}/${member.kyxAccountId}`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': this.userAgent,
        Authorization: `Bearer ${await this.accessToken()}`,
      },
      body: JSON.stringify({
        customerInternalReference: member.id,
        userReference: member.id,
        workflowDefinition: { key: 9, credentials: [{ id: member.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: `${RETURN_PAGES}/done`, errorUrl: `${RETURN_PAGES}/failed`, locale: member.locale ?? 'en-SG' },
        tokenLifetime: `${SESSION_MINUTES}m`,
      }),
    });
    if (!res.ok) throw new FaceLoginError(res.status, `face login start failed with HTTP ${res.status}`);

    const started = (await res.json()) as AccountUpdateResponse;
    const expiresAt = new Date(this.now().getTime() + SESSION_MINUTES * 60_000);
    await recordFaceLoginStart(member.id, started.workflowExecution.id, expiresAt);
    return { url: started.web.href, reference: started.workflowExecution.id, expiresAt };
  }
}

export const faceLoginGateway = new FaceLoginGateway();
