// Merlion Securities (SG) account opening: the ID check of a new trading-account applicant. ESM, got. The onboarding
// front end has its own message for each way the start can fail, so the vendor's refusal is turned into a reason
// here; anything we do not recognise goes to the error tracker as it is.
import got, { HTTPError } from 'got';
import { findApplicant, saveIdCheck, logger } from './db.mjs';

const NV_SG_V4 = 'https://core-sgp.jumio.com/api/v4/initiate';

export async function startIdCheck(applicantId) {
  const applicant = await findApplicant(applicantId);
  try {
    const { body } = await got.post(NV_SG_V4, {
      json: {
        customerInternalReference: `MS-${applicant.applicationNo}`,
        userReference: applicant.id,
        workflowId: 201,
        successUrl: `https://open.merlionsec.example/applications/${applicant.applicationNo}/id/done`,
        errorUrl: `https://open.merlionsec.example/applications/${applicant.applicationNo}/id/retry`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 4320,
      },
      username: process.env.MERLION_NV_TOKEN,
      password: process.env.MERLION_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'MerlionSec-Onboarding/2.7' },
      responseType: 'json',
    });
    await saveIdCheck(applicant.id, { reference: body.transactionReference, link: body.redirectUrl, startedAt: body.timestamp });
    return { ok: true, link: body.redirectUrl };
  } catch (err) {
    if (!(err instanceof HTTPError)) throw err;
    const { statusCode, body: problem } = err.response;
    logger.warn({ applicantId, statusCode, problem }, 'id check not started');
    // 400: something in the application data (usually a page URL the vendor does not accept).
    if (statusCode === 400) return { ok: false, reason: 'APPLICATION_DATA_REJECTED' };
    if (statusCode === 401 || statusCode === 403) return { ok: false, reason: 'ID_CHECK_UNAVAILABLE' };
    throw err;
  }
}
