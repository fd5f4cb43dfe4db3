// Nordhavn Forsikring (EU), claims: a payout to a newly added account is released once the claimant's face login has
// passed. FaceLoginOutcomeRepository is the port the claims domain reads; this is its Netverify implementation. The
// outcome is an immutable value object whose constructor is the only code that reads the vendor's details.
import { claimsLog, type FaceLoginOutcomeRepository, type FaceLoginOutcomeView } from './store.js';

const NETVERIFY_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

class FaceLoginOutcome implements FaceLoginOutcomeView {
  readonly reference: string;
  readonly claimant: string | null;
  readonly decided: boolean;
  readonly passed: boolean;
  readonly decidedAt: Date | null;

  constructor(details: AuthenticationDetails) {
    this.reference = details.transactionReference;
    this.claimant = details.userReference ?? null;
    this.decided = details.transactionResult !== 'CREATED' && details.transactionResult !== 'STARTED';
    this.passed = details.transactionResult === 'PASSED';
    this.decidedAt = this.decided ? new Date(details.transactionDate) : null;
    Object.freeze(this);
  }
}

export class NetverifyFaceLoginOutcomes implements FaceLoginOutcomeRepository {
  readonly #authorization = `Basic ${Buffer.from(`${process.env.NORDHAVN_NV_TOKEN}:${process.env.NORDHAVN_NV_SECRET}`).toString('base64')}`;

  async byReference(reference: string): Promise<FaceLoginOutcomeView | null> {
    const res = await fetch(`${NETVERIFY_EU_AUTHENTICATIONS}/${reference}`, {
      headers: {
        Accept: 'application/json',
        Authorization: this.#authorization,
        'User-Agent': 'Nordhavn-Skade/4.2',
      },
    });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`face login lookup failed: ${res.status}`);

    const outcome = new FaceLoginOutcome((await res.json()) as AuthenticationDetails);
    claimsLog.info({ reference: outcome.reference, passed: outcome.passed }, 'face login outcome read');
    return outcome;
  }
}
