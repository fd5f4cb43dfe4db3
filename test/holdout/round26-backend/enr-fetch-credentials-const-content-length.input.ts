// Enrolment link (TypeScript, global fetch on the US host, v4 initiate without workflowId): a Basic credentials const
// and a Content-Length header computed from the payload.
import { saveKycCase } from './store.js';

interface V4Started {
  timestamp: string;
  transactionReference: string;
  redirectUrl: string;
}

export async function createEnrolmentLink(memberId: string): Promise<string> {
  const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
  const payload = JSON.stringify({
    customerInternalReference: `member-${memberId}`,
    userReference: memberId,
    successUrl: 'https://members.acme-gym.com/verify/complete',
    errorUrl: 'https://members.acme-gym.com/verify/problem',
  });
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${credentials}`,
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(payload)),
      'User-Agent': 'Acme Gym Members/1.9',
    },
    body: payload,
  });
  if (!res.ok) {
    throw new Error(`enrolment failed: ${res.status}`);
  }
  const json = (await res.json()) as V4Started;
  await saveKycCase(memberId, json.transactionReference);
  return json.redirectUrl;
}
