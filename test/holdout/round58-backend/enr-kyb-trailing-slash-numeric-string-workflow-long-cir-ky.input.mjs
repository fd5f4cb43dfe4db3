// Cargoline Exchange (US–Mexico freight marketplace), company onboarding: every director of a carrier or shipper that
// signs up uploads a picture of their ID. Directors do it from the office, usually from a scan they already have, so
// the check is upload only and takes no selfie; the link goes out by e-mail and stays open for two weeks.
// ESM, ky. Called by the onboarding service when a company adds a director.
import ky from 'ky';
import { findDirector, saveDirectorIdCheck } from './db.mjs';

// Copied from the integration guide's sample request (with its trailing slash).
const NETVERIFY_INITIATE = 'https://www.netverify.com/api/v4/initiate/';
const BASIC = 'Basic ' + Buffer.from(`${process.env.CARGOLINE_NV_TOKEN}:${process.env.CARGOLINE_NV_SECRET}`).toString('base64');
const PORTAL = 'https://portal.cargoline.example';

export async function requestDirectorIdUpload(companyId, directorId) {
  const { company, director } = await findDirector(companyId, directorId);

  const started = await ky
    .post(NETVERIFY_INITIATE, {
      headers: { Accept: 'application/json', Authorization: BASIC, 'User-Agent': 'Cargoline-KYB/1.4' },
      json: {
        // tenant, company and director ids (all three UUIDs), so support can find the case from the vendor's portal
        customerInternalReference: `${company.tenantId}:${company.id}:${director.id}`,
        userReference: director.id,
        reportingCriteria: `kyb-${company.countryCode.toLowerCase()}`,
        // ID only, upload only (the settings service stores workflow ids as strings)
        workflowId: '102',
        successUrl: `${PORTAL}/companies/${company.id}/directors/${director.id}/id-received`,
        errorUrl: `${PORTAL}/companies/${company.id}/directors/${director.id}/id-problem`,
        locale: director.country === 'MEX' ? 'es-MX' : 'en',
        tokenLifetimeInMinutes: 20160,
      },
      timeout: 20000,
    })
    .json();

  await saveDirectorIdCheck(director.id, { reference: started.transactionReference, startedAt: started.timestamp });
  return { uploadLink: started.redirectUrl, expiresInDays: 14 };
}
