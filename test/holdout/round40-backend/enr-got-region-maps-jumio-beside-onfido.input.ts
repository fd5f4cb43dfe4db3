// Onboarding of new policyholders (Vantage Mutual, US and EU books). Policyholders who started their application
// before the switch to Onfido Studio finish it with Jumio's hosted ID verification; everyone else runs the Onfido
// onboarding workflow. Both vendors' data centres are picked by the same region key of the book, and both answer with
// a link the portal opens.
import got from 'got';
import { saveKycCase } from './store.js';

type Region = 'US' | 'EU';

const JUMIO_INITIATE: Record<Region, string> = {
  US: 'https://netverify.com/api/v4/initiate',
  EU: 'https://lon.netverify.com/api/v4/initiate',
};

const ONFIDO_API: Record<Region, string> = {
  US: 'https://api.us.onfido.com/v3.6',
  EU: 'https://api.eu.onfido.com/v3.6',
};

const COMMON_HEADERS = { Accept: 'application/json', 'User-Agent': 'VantageMutual-Onboarding/3.1' };
const RETURN_URL = 'https://portal.vantagemutual.example/onboarding/verified';
const FAILED_URL = 'https://portal.vantagemutual.example/onboarding/not-verified';
const JUMIO_BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export interface Applicant {
  id: string;
  policyNumber: string;
  firstName: string;
  lastName: string;
  region: Region;
  startedWithJumio: boolean;
  onfidoApplicantId?: string;
}

interface NetverifyStart {
  timestamp: string;
  transactionReference: string;
  redirectUrl: string;
}

interface OnfidoWorkflowRun {
  id: string;
  status: string;
  link: { url: string };
}

async function startJumio(applicant: Applicant): Promise<{ link: string; reference: string }> {
  const started = await got
    .post(JUMIO_INITIATE[applicant.region], {
      json: {
        customerInternalReference: applicant.policyNumber,
        userReference: applicant.id,
        workflowId: 200,
        successUrl: RETURN_URL,
        errorUrl: FAILED_URL,
        tokenLifetimeInMinutes: 2880,
      },
      headers: { ...COMMON_HEADERS, Authorization: `Basic ${JUMIO_BASIC}` },
    })
    .json<NetverifyStart>();
  return { link: started.redirectUrl, reference: started.transactionReference };
}

async function startOnfido(applicant: Applicant): Promise<{ link: string; reference: string }> {
  const api = ONFIDO_API[applicant.region];
  const headers = { ...COMMON_HEADERS, Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` };
  const applicantId =
    applicant.onfidoApplicantId ??
    (await got.post(`${api}/applicants`, { json: { first_name: applicant.firstName, last_name: applicant.lastName }, headers }).json<{ id: string }>()).id;
  const run = await got
    .post(`${api}/workflow_runs`, {
      json: {
        workflow_id: process.env.ONFIDO_ONBOARDING_WORKFLOW,
        applicant_id: applicantId,
        customer_user_id: applicant.id,
        link: { completed_redirect_url: RETURN_URL, expired_redirect_url: FAILED_URL },
      },
      headers,
    })
    .json<OnfidoWorkflowRun>();
  return { link: run.link.url, reference: run.id };
}

export async function startOnboarding(applicant: Applicant): Promise<string> {
  const started = applicant.startedWithJumio ? await startJumio(applicant) : await startOnfido(applicant);
  await saveKycCase(applicant.id, started.reference);
  return started.link;
}
