// Vasa Mobilbank (EU): opening an account in the app starts the vendor's ID and identity check (v4 initiate). ky on
// Node 20. Every app of the bank takes its workflow ids from the onboarding team's const enum
// (netverify-workflows.ts) instead of writing numbers.
import ky from 'ky';
import { NetverifyWorkflow } from './netverify-workflows.js';
import { findApplicant, saveIdentityCheck } from './store.js';

const NV_EU_V4 = 'https://lon.netverify.com/api/v4/initiate';

interface IdCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startAccountOpeningCheck(applicationId: string): Promise<{ link: string }> {
  const applicant = await findApplicant(applicationId);
  const started = await ky
    .post(NV_EU_V4, {
      json: {
        customerInternalReference: `vasa-${applicationId}`,
        userReference: applicant.id,
        workflowId: NetverifyWorkflow.IdAndIdentityCameraOnly,
        presets: [{ index: 1, country: 'SWE', type: 'ID_CARD' }],
        successUrl: `https://app.vasamobil.example/oppna/${applicationId}/id-klar`,
        errorUrl: `https://app.vasamobil.example/oppna/${applicationId}/id-fel`,
        locale: 'sv',
        tokenLifetimeInMinutes: 120,
      },
      headers: {
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(`${process.env.VASA_NV_TOKEN}:${process.env.VASA_NV_SECRET}`).toString('base64')}`,
        'User-Agent': 'VasaMobil-Onboarding/1.9',
      },
      timeout: 15_000,
    })
    .json<IdCheckStarted>();

  await saveIdentityCheck(applicationId, started.transactionReference, started.timestamp);
  return { link: started.redirectUrl };
}
