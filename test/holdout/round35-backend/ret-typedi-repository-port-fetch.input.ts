// Back office, face-login reviews (typedi). The domain reads outcomes through the FaceLoginResultRepository port;
// NetverifyFaceLoginResultRepository is its implementation for the EU data centre, registered under the
// 'faceLoginResults' token, and ReviewFaceLoginUseCase gets it injected by that token.
import 'reflect-metadata';
import { Inject, Service } from 'typedi';
import { saveResult } from './store.js';

// ---- domain ----------------------------------------------------------------------------------------------------

export interface FaceLoginResult {
  reference: string;
  member: string | null;
  passed: boolean;
  decidedAt: string;
}

export interface FaceLoginResultRepository {
  findByReference(reference: string): Promise<FaceLoginResult | null>;
}

// ---- infrastructure --------------------------------------------------------------------------------------------

interface NetverifyAuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

@Service('faceLoginResults')
export class NetverifyFaceLoginResultRepository implements FaceLoginResultRepository {
  private readonly baseUrl = 'https://lon.netverify.com/api/netverify/v2/authentications';
  private readonly authorization =
    'Basic ' + Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64');

  async findByReference(reference: string): Promise<FaceLoginResult | null> {
    const res = await fetch(`${this.baseUrl}/${reference}`, {
      headers: {
        Accept: 'application/json',
        Authorization: this.authorization,
        'User-Agent': 'Fjord Savings Back Office/5.0',
      },
    });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`face-login lookup failed: ${res.status}`);

    const details = (await res.json()) as NetverifyAuthenticationDetails;
    return {
      reference: details.transactionReference,
      member: details.userReference ?? null,
      passed: details.transactionResult === 'PASSED',
      decidedAt: details.transactionDate,
    };
  }
}

// ---- application -----------------------------------------------------------------------------------------------

@Service()
export class ReviewFaceLoginUseCase {
  constructor(@Inject('faceLoginResults') private readonly results: FaceLoginResultRepository) {}

  async execute(reference: string, reviewer: string): Promise<FaceLoginResult> {
    const result = await this.results.findByReference(reference);
    if (!result) throw new Error(`unknown face login ${reference}`);
    await saveResult(result.reference, { ...result, reviewedBy: reviewer, reviewedAt: new Date().toISOString() });
    return result;
  }
}
