// Step-up decision for outgoing transfers above the review threshold (Halden Bank, EU). A transfer is released when the
// card that funds it passed 3-D Secure at Paysafe AND the customer passed the Jumio face login the app started. The app
// calls this once both flows report back; both providers are asked for their authentication here, both with HTTP
// Basic and an API key pair of their own.
import ky from 'ky';
import { recordStepUpDecision } from './store.js';

const PAYSAFE_3DS = 'https://api.paysafe.com/threedsecure/v2';
const PAYSAFE_ACCOUNT = process.env.PAYSAFE_3DS_ACCOUNT_ID ?? '';

function basicAuthorization(user: string | undefined, password: string | undefined): string {
  return 'Basic ' + Buffer.from(`${user ?? ''}:${password ?? ''}`).toString('base64');
}

interface ThreeDsAuthentication {
  id: string;
  merchantRefNum: string;
  status: 'COMPLETED' | 'PENDING' | 'FAILED';
  threeDResult?: 'Y' | 'N' | 'A' | 'U' | 'R' | 'C';
  eci?: number;
}

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export interface PendingTransfer {
  id: string;
  customerId: string;
  threeDsAuthenticationId: string;
  faceLoginReference: string;
}

export async function decideStepUp(transfer: PendingTransfer): Promise<{ transferId: string; release: boolean }> {
  // Card: the 3-D Secure authentication of the funding card.
  const threeDs = (await ky
    .get(`${PAYSAFE_3DS}/accounts/${PAYSAFE_ACCOUNT}/authentications/${transfer.threeDsAuthenticationId}`, {
      headers: {
        Accept: 'application/json',
        Authorization: basicAuthorization(process.env.PAYSAFE_API_USER, process.env.PAYSAFE_API_PASSWORD),
      },
      timeout: 8_000,
    })
    .json()) as ThreeDsAuthentication;

  // Customer: the face login against the onboarding enrolment.
  const face = (await ky
    .get(`https://lon.netverify.com/api/netverify/v2/authentications/${transfer.faceLoginReference}`, {
      headers: {
        Accept: 'application/json',
        'User-Agent': 'HaldenBank-Transfers/6.3',
        Authorization: basicAuthorization(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET),
      },
      timeout: 8_000,
    })
    .json()) as FaceLoginDetails;

  const cardPassed = threeDs.status === 'COMPLETED' && (threeDs.threeDResult === 'Y' || threeDs.threeDResult === 'A');
  const facePassed = face.transactionResult === 'PASSED' && face.userReference === transfer.customerId;
  const release = cardPassed && facePassed;

  await recordStepUpDecision({
    transferId: transfer.id,
    release,
    threeDsId: threeDs.id,
    eci: threeDs.eci ?? null,
    faceLoginReference: face.transactionReference,
    decidedAt: new Date().toISOString(),
  });
  return { transferId: transfer.id, release };
}
