// Brightwater Lending (UK) e-signing: a credit agreement is signed only after the borrower's face login, and the
// signing service asks here which step the borrower is on. TypeScript, node-fetch 2.
import fetch from 'node-fetch';
import { findAgreement, type SigningStep } from './db.js';

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.BRIGHTWATER_NV_TOKEN}:${process.env.BRIGHTWATER_NV_SECRET}`).toString('base64')}`;

type TransactionResult = 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: TransactionResult;
  transactionDate: string;
  userReference?: string;
}

// Every result the vendor documents has a step; a result added to the type fails the type check here first.
function stepFor(result: TransactionResult): SigningStep {
  switch (result) {
    case 'CREATED':
    case 'STARTED':
      return 'awaiting-face-login';
    case 'PASSED':
      return 'ready-to-sign';
    case 'FAILED':
      return 'manual-review';
    case 'INVALID':
    case 'EXPIRED':
      return 'new-face-login';
    default: {
      const unexpected: never = result;
      throw new Error(`unknown face login result ${String(unexpected)}`);
    }
  }
}

export async function signingStep(agreementId: string): Promise<{ step: SigningStep; reference: string; borrower: string | null }> {
  const agreement = await findAgreement(agreementId);
  const res = await fetch(`${NV_EU_AUTHENTICATIONS}/${encodeURIComponent(agreement.faceLoginReference)}`, {
    headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'Brightwater-Signing/1.9' },
  });
  if (!res.ok) throw new Error(`face login lookup failed: HTTP ${res.status}`);
  const details: FaceLoginDetails = await res.json();

  return {
    step: stepFor(details.transactionResult),
    reference: details.transactionReference,
    borrower: details.userReference ?? null,
  };
}
