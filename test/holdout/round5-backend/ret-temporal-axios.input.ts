// temporal/activities/face-result.ts
import { ApplicationFailure } from '@temporalio/activity';
import axios from 'axios';

export async function fetchFaceAuthResult(reference: string): Promise<'PASSED' | 'FAILED' | 'PENDING'> {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'Pinecrest StepUp/1.0' },
    validateStatus: (s) => s < 500,
  });
  if (!data || !data.transactionResult) throw ApplicationFailure.retryable('no result yet');
  switch (data.transactionResult) {
    case 'PASSED':
      return 'PASSED';
    case 'FAILED':
    case 'INVALID':
    case 'EXPIRED':
      return 'FAILED';
    default:
      return 'PENDING';
  }
}
