// Netverify client of the Hollis Bank core (EU data centre). One API user serves both Jumio products we run: the ID
// verification done at account opening, whose scans the onboarding back office reads back, and the face login that
// re-authenticates a customer against that onboarding scan before a card PIN is revealed in the app.
import { saveFaceLogin } from './store.js';

export interface IdScanStatus {
  timestamp: string;
  scanReference: string;
  status: 'PENDING' | 'DONE' | 'FAILED';
}

export interface IdScanData {
  scanReference: string;
  document?: { type?: string; issuingCountry?: string; status: string };
  verification?: { identityVerification?: { similarity: string; validity: boolean } };
}

interface FaceLoginStart {
  timestamp: string;
  transactionReference: string;
  redirectUrl: string;
}

export class NetverifyClient {
  private readonly origin = 'https://lon.netverify.com';
  private readonly authorization =
    'Basic ' + Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64');
  private readonly userAgent = 'HollisBank-Core/4.2';

  /** Face login before a PIN reveal: returns the page the app opens. */
  async startFaceLogin(customer: { id: string; onboardingScanReference: string; locale?: string }): Promise<string> {
    const res = await fetch(`${this.origin}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': this.userAgent,
        Authorization: this.authorization,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: customer.onboardingScanReference,
        userReference: customer.id,
        successUrl: 'https://app.hollisbank.example/cards/pin/face-ok',
        errorUrl: 'https://app.hollisbank.example/cards/pin/face-failed',
        locale: customer.locale ?? 'en-GB',
      }),
    });
    if (!res.ok) throw new Error(`face login initiate failed: ${res.status}`);
    const started = (await res.json()) as FaceLoginStart;
    await saveFaceLogin(customer.id, started.transactionReference);
    return started.redirectUrl;
  }

  /** Account opening: has Jumio finished the ID scan? */
  async scanStatus(scanReference: string): Promise<IdScanStatus['status']> {
    const res = await fetch(`${this.origin}/api/netverify/v2/scans/${encodeURIComponent(scanReference)}`, {
      headers: { Accept: 'application/json', 'User-Agent': this.userAgent, Authorization: this.authorization },
    });
    if (!res.ok) throw new Error(`scan status failed: ${res.status}`);
    return ((await res.json()) as IdScanStatus).status;
  }

  /** Account opening: the extracted document data and the selfie match, for the back office. */
  async scanData(scanReference: string): Promise<IdScanData> {
    const res = await fetch(`${this.origin}/api/netverify/v2/scans/${encodeURIComponent(scanReference)}/data`, {
      headers: { Accept: 'application/json', 'User-Agent': this.userAgent, Authorization: this.authorization },
    });
    if (res.status === 404) throw new Error(`unknown scan ${scanReference}`);
    if (!res.ok) throw new Error(`scan data failed: ${res.status}`);
    return (await res.json()) as IdScanData;
  }
}
