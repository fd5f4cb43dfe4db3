// Marina Bay Brokerage account opening: the identity step of the onboarding wizard (SG data centre).
// Contract-first: the request type is inferred from the zod schema the API team publishes with the onboarding spec
// (its limits are the vendor's documented ones), and the answer is safe-parsed so a vendor change surfaces as a typed
// IdentityStepError in the wizard, not as an undefined link in the frame.
import { request } from 'undici';
import { z } from 'zod';
import { saveIdentityStep, type Applicant } from './store.js';

const NetverifyInitiateRequest = z.object({
  customerInternalReference: z.string().max(100),
  userReference: z.string().max(100).optional(),
  workflowId: z.number().int().optional(),
  successUrl: z.string().url().max(2047).optional(),
  errorUrl: z.string().url().max(255).optional(),
  callbackUrl: z.string().url().max(255).optional(),
  locale: z.string().max(5).optional(),
  tokenLifetimeInMinutes: z.number().int().min(5).max(86400).optional(),
});
type NetverifyInitiateInput = z.input<typeof NetverifyInitiateRequest>;

const NetverifyInitiateResponse = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string().uuid(),
});

const WIZARD = 'https://open.marinabay-brokerage.example/wizard';

export class IdentityStepError extends Error {}

export async function startIdentityStep(applicant: Applicant): Promise<{ frameUrl: string; reference: string }> {
  const payload = {
    customerInternalReference: applicant.applicationId,
    userReference: applicant.id,
    workflowId: 202,
    successUrl: `${WIZARD}/${applicant.applicationId}/identity/complete`,
    errorUrl: `${WIZARD}/${applicant.applicationId}/identity/error`,
    callbackUrl: 'https://api.marinabay-brokerage.example/webhooks/netverify',
    locale: applicant.locale,
    tokenLifetimeInMinutes: 1440,
  } satisfies NetverifyInitiateInput;

  const { statusCode, body } = await request('https://core-sgp.jumio.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': 'MarinaBay-Onboarding/2.6',
      authorization: `Basic ${process.env.NETVERIFY_SG_BASIC}`,
    },
    body: JSON.stringify(payload),
  });
  if (statusCode !== 200) {
    await body.dump();
    throw new IdentityStepError(`identity provider answered ${statusCode}`);
  }

  const parsed = NetverifyInitiateResponse.safeParse(await body.json());
  if (!parsed.success) {
    throw new IdentityStepError(`identity provider answer not understood: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  }
  await saveIdentityStep(applicant.applicationId, parsed.data.transactionReference, parsed.data.timestamp);
  return { frameUrl: parsed.data.redirectUrl, reference: parsed.data.transactionReference };
}
