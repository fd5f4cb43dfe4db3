// Face login for the Lumen Pay wallet (Jumio Netverify Authentication, Singapore data centre).
// The HTTP client and the clock are constructor parameters so the unit tests can hand in a stub fetch and a fixed
// time (test/face-login-gateway.test.ts: `new FaceLoginGateway(stubFetch, () => FIXED_NOW)`); the app uses the
// defaults through the shared instance at the bottom of this module.
import { recordFaceLoginStart } from './store.js';

const NETVERIFY_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const RETURN_PAGES = 'https://wallet.lumenpay.example/security/face-login';
const SESSION_MINUTES = 10;

export interface FaceLoginMember {
  id: string;
  enrolmentScanReference: string;
  locale?: string;
}

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceLoginError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'FaceLoginError';
  }
}

export class FaceLoginGateway {
  constructor(
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly now: () => Date = () => new Date(),
    private readonly userAgent = 'LumenPay-Wallet/3.7',
  ) {}

  async start(member: FaceLoginMember): Promise<{ url: string; reference: string; expiresAt: Date }> {
    const basic = Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64');
    const res = await this.fetchImpl(NETVERIFY_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': this.userAgent,
        Authorization: `Basic ${basic}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: member.enrolmentScanReference,
        userReference: member.id,
        successUrl: `${RETURN_PAGES}/done`,
        errorUrl: `${RETURN_PAGES}/failed`,
        locale: member.locale ?? 'en-SG',
        tokenLifetimeInMinutes: SESSION_MINUTES,
      }),
    });
    if (!res.ok) throw new FaceLoginError(res.status, `face login start failed with HTTP ${res.status}`);

    const started = (await res.json()) as InitiateResponse;
    const expiresAt = new Date(this.now().getTime() + SESSION_MINUTES * 60_000);
    await recordFaceLoginStart(member.id, started.transactionReference, expiresAt);
    return { url: started.redirectUrl, reference: started.transactionReference, expiresAt };
  }
}

export const faceLoginGateway = new FaceLoginGateway();
