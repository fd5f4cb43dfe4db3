// Onboarding (US) of the rental platform: the identity check is started at the vendor and timed by a prom-client
// histogram (labelled by the HTTP status, or `error` when no answer came) for the onboarding SLO dashboard.
import { Counter, Histogram } from 'prom-client';
import { saveKycCase } from './store.js';

const initiateSeconds = new Histogram({
  name: 'kyc_initiate_duration_seconds',
  help: 'Time to start an identity verification at the vendor',
  labelNames: ['vendor', 'flow', 'status'] as const,
  buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

const initiateFailures = new Counter({
  name: 'kyc_initiate_failures_total',
  help: 'Identity verifications the vendor did not start',
  labelNames: ['vendor', 'status'] as const,
});

interface V4InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface Applicant {
  id: string;
  country: string;
}

export async function startIdentityCheck(applicant: Applicant): Promise<{ url: string; reference: string }> {
  const payload = {
    customerInternalReference: `app-${applicant.id}`,
    userReference: applicant.id,
    workflowId: 200,
    presets: [{ index: 1, country: applicant.country, type: 'PASSPORT' }],
    callbackUrl: 'https://api.fernway.example/webhooks/identity',
    successUrl: 'https://apply.fernway.example/identity/thanks',
    errorUrl: 'https://apply.fernway.example/identity/retry',
    tokenLifetimeInMinutes: 2880,
  };

  const end = initiateSeconds.startTimer({ vendor: 'netverify', flow: 'onboarding' });
  let status = 'error';
  try {
    const res = await fetch('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64'),
        'User-Agent': 'Fernway Onboarding/1.7',
      },
      body: JSON.stringify(payload),
    });
    status = String(res.status);
    if (!res.ok) {
      initiateFailures.inc({ vendor: 'netverify', status });
      throw new Error(`identity check could not start: ${res.status}`);
    }
    const started = (await res.json()) as V4InitiateResponse;
    await saveKycCase(applicant.id, started.transactionReference);
    return { url: started.redirectUrl, reference: started.transactionReference };
  } finally {
    end({ status });
  }
}
