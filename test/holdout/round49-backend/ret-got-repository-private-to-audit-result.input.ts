// Merlion Trust (SG) private banking: the relationship manager's app asks whether the client's face login for a large
// transfer has passed. The repository maps the vendor's details into the bank's FaceLoginAudit in one private method,
// and answers with a Result so the caller decides what an undecided login means.
import got from 'got';
import { Result } from './result.js';
import type { FaceLoginAudit } from './store.js';

const NV_SG = 'https://core-sgp.jumio.com';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export type FaceLoginLookupError = 'undecided';

export class FaceLoginAuditRepository {
  constructor(private readonly userAgent = 'MerlionTrust-RM/7.0') {}

  async find(reference: string): Promise<Result<FaceLoginAudit, FaceLoginLookupError>> {
    const details = await got(`${NV_SG}/api/netverify/v2/authentications/${reference}`, {
      username: process.env.MERLION_TRUST_NV_TOKEN,
      password: process.env.MERLION_TRUST_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': this.userAgent },
    }).json<AuthenticationDetails>();

    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
      return Result.fail<FaceLoginAudit, FaceLoginLookupError>('undecided');
    }
    return Result.ok(this.toAudit(details));
  }

  private toAudit(details: AuthenticationDetails): FaceLoginAudit {
    return Object.freeze({
      reference: details.transactionReference,
      client: details.userReference ?? 'unknown',
      passed: details.transactionResult === 'PASSED',
      decidedAt: details.transactionDate,
    });
  }
}
