// Identity checks of the lending app (TypeScript, axios). The face re-check was moved to the KYX account API by hand
// (workflow 9); the first ID check still starts on the old v4 API until the product team signs off the new workflow.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';
import { saveKycCase } from './store.js';

const US_V4_INITIATE = 'https://netverify.com/api/v4/initiate';

interface IdCheckStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startIdCheck(applicant: { id: string; country: string }, appUrl: string): Promise<{ url: string; caseRef: string }> {
  const { data } = await axios.post<IdCheckStart>(
    US_V4_INITIATE,
    {
      customerInternalReference: `loan-${applicant.id}`,
      userReference: applicant.id,
      workflowId: 201,
      presets: [{ index: 1, country: applicant.country, type: 'DRIVING_LICENSE' }],
      successUrl: `${appUrl}/apply/identity/done`,
      errorUrl: `${appUrl}/apply/identity/error`,
      locale: 'en-US',
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Harbor Lending/3.0 (onboarding)' },
    },
  );
  await saveKycCase(applicant.id, data.transactionReference);
  return { url: data.redirectUrl, caseRef: data.transactionReference };
}

export async function startFaceRecheck(member: { id: string; jumioEnrollmentRef: string }, appUrl: string): Promise<{ url: string }> {
  const kyxAccount = await resolveKyxAccount(member.jumioEnrollmentRef);
  const token = await kyxAccessToken('amer-1');
  const { data } = await axios.put<{ web: { href: string }; workflowExecution: { id: string } }>(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    {
      customerInternalReference: member.id,
      userReference: member.id,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: `${appUrl}/account/recheck/done` },
    },
    { headers: { Accept: 'application/json', 'User-Agent': 'Harbor Lending/3.0 (recheck)', Authorization: `Bearer ${token}` } },
  );
  await saveKycCase(member.id, data.workflowExecution.id);
  return { url: data.web.href };
}
