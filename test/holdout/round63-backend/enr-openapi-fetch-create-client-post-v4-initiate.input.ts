// Brightwater Credit Union — membership applications: the applicant verifies a driving licence before the account is
// opened (US data centre). openapi-typescript turns our OpenAPI description of the vendor's legacy v4 initiate into
// ./generated/netverify-paths.ts, and openapi-fetch gives a client typed by it: a typo in a field or a path is a
// compile error. The API user's pair is added per request (the client is shared with the public rates endpoint).
import createClient from 'openapi-fetch';
import type { paths } from './generated/netverify-paths';
import { saveIdCheck, type MembershipApplication } from './db.js';

const APPLY = 'https://apply.brightwatercu.example';

const netverify = createClient<paths>({
  baseUrl: 'https://netverify.com',
  headers: { Accept: 'application/json', 'User-Agent': 'BrightwaterCU-Onboarding/5.0' },
});

function apiUser(): string {
  const pair = `${process.env.BWCU_NETVERIFY_TOKEN}:${process.env.BWCU_NETVERIFY_SECRET}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

export async function startMembershipIdCheck(application: MembershipApplication): Promise<{ idCheckUrl: string }> {
  const { data, error, response } = await netverify.POST('/api/v4/initiate', {
    body: {
      customerInternalReference: `BWCU-${application.id}`,
      userReference: application.applicantId,
      workflowId: 200,
      successUrl: `${APPLY}/applications/${application.id}/id-check/done`,
      errorUrl: `${APPLY}/applications/${application.id}/id-check/retry`,
      callbackUrl: 'https://hooks.brightwatercu.example/netverify/id-check',
      locale: 'en-US',
      tokenLifetimeInMinutes: 4320,
      presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
    },
    headers: { Authorization: apiUser() },
  });
  if (error || !data) {
    throw new Error(`ID check could not start for application ${application.id} (${response.status})`);
  }
  await saveIdCheck(application.id, { reference: data.transactionReference, startedAt: data.timestamp });
  return { idCheckUrl: data.redirectUrl };
}
