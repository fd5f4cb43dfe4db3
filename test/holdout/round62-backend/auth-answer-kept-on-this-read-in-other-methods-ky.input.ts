// Harbor & Vine Wealth (Boston): before a client's beneficiary designation changes, the client confirms it with a face
// login against the ID check done at onboarding. One BeneficiaryStepUp per change request: open() starts the Netverify
// face login and keeps the answer on the session; the adviser console asks the session for the link to send and for
// the reference to show. ky 1, TypeScript.
import ky from 'ky';
import { saveBeneficiaryStepUp, type AdvisoryClient } from './db.js';

const NETVERIFY_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

export interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class BeneficiaryStepUp {
  lastSession?: FaceLoginStarted;

  constructor(
    private readonly client: AdvisoryClient,
    private readonly changeId: string,
  ) {}

  async open(): Promise<void> {
    this.lastSession = (await ky
      .post(NETVERIFY_INITIATE, {
        json: {
          enrollmentTransactionReference: this.client.onboardingIdCheckRef,
          userReference: this.client.clientNo,
          successUrl: `https://clients.harborvine.example/beneficiaries/${this.changeId}/confirmed`,
          errorUrl: `https://clients.harborvine.example/beneficiaries/${this.changeId}/not-confirmed`,
          locale: 'en',
          tokenLifetimeInMinutes: 1440,
        },
        headers: {
          Accept: 'application/json',
          Authorization: `Basic ${Buffer.from(`${process.env.HV_NV_TOKEN}:${process.env.HV_NV_SECRET}`).toString('base64')}`,
          'User-Agent': 'HarborVine-AdviserConsole/4.0',
        },
        timeout: 20_000,
      })
      .json()) as FaceLoginStarted;
    await saveBeneficiaryStepUp(this.changeId, this.lastSession.transactionReference);
  }

  /** The link the adviser sends to the client (valid for a day). */
  link(): string {
    if (!this.lastSession) throw new Error(`beneficiary change ${this.changeId}: step-up not opened`);
    return this.lastSession.redirectUrl;
  }

  /** Shown next to the change request until the face login has a result. */
  reference(): string | undefined {
    return this.lastSession?.transactionReference;
  }
}
