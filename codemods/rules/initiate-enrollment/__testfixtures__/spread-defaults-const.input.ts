// The body spreads a const of the file that holds the legacy defaults (a workflow id, the page URLs, a lifetime); the
// spread is the const's one use, so the const is mapped with the body: workflowId 100 → workflowDefinition key 2 in
// the const, and the body adds no default key 3 after it (hold-out round 18, enr-spread-defaults-axios).
import axios from 'axios';

const ENROLMENT_DEFAULTS = {
  workflowId: 100,
  successUrl: 'https://acme.com/kyc/complete',
  errorUrl: 'https://acme.com/kyc/error',
  tokenLifetimeInMinutes: 60,
  locale: 'en-US',
};

export async function openKycCase(customerId: string): Promise<string> {
  const body = {
    ...ENROLMENT_DEFAULTS,
    customerInternalReference: customerId,
  };
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', body, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  return data.redirectUrl;
}
