// Support console: the face-login status of a member, in the console's own terms.
import got from 'got';

interface FaceLoginDetails {
  timestamp: string;
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export type ConsoleStatus = 'verified' | 'rejected' | 'in-progress' | 'retry' | 'expired';

export async function faceLoginStatus(reference: string): Promise<{ reference: string; member: string | null; status: ConsoleStatus }> {
  const details = await got(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    headers: { Accept: 'application/json', 'User-Agent': 'Lumen Support/1.9' },
  }).json<FaceLoginDetails>();

  let status: ConsoleStatus;
  switch (details.transactionResult) {
    case 'PASSED':
      status = 'verified';
      break;
    case 'FAILED':
      status = 'rejected';
      break;
    case 'INVALID':
      status = 'retry';
      break;
    case 'EXPIRED':
      status = 'expired';
      break;
    default:
      status = 'in-progress';
  }
  return { reference: details.transactionReference, member: details.userReference ?? null, status };
}
