// Cedar Hollow Mortgage (US): the co-applicant's ID check before a loan file goes to underwriting. The
// loan-origination service still compiles to CommonJS: this module is what the older JavaScript routes `require()` —
// one function, assigned with `export =` — and it requires its own dependencies the TypeScript CommonJS way.
import superagent = require('superagent');
import applications = require('./applications.cjs');

const NETVERIFY_V4_INITIATE = 'https://netverify.com/api/v4/initiate';

interface NetverifyV4Answer {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

async function startCoApplicantIdCheck(applicationId: string, coApplicantId: string): Promise<string> {
  const application = await applications.find(applicationId);
  const coApplicant = application.coApplicants.find((c) => c.id === coApplicantId);
  if (!coApplicant) throw new Error(`unknown co-applicant ${coApplicantId}`);

  const response = await superagent
    .post(NETVERIFY_V4_INITIATE)
    .auth(process.env.CEDAR_HOLLOW_NV_TOKEN ?? '', process.env.CEDAR_HOLLOW_NV_SECRET ?? '')
    .set('Accept', 'application/json')
    .set('User-Agent', 'CedarHollow-LOS/4.4')
    .send({
      customerInternalReference: `${application.id}-${coApplicant.id}`,
      userReference: coApplicant.id,
      workflowId: 100,
      successUrl: `https://apply.cedarhollow.example/loans/${application.id}/co-applicant/done`,
      errorUrl: `https://apply.cedarhollow.example/loans/${application.id}/co-applicant/error`,
      callbackUrl: 'https://los.cedarhollow.example/hooks/id-verification',
      tokenLifetimeInMinutes: 4320,
    });

  const answer: NetverifyV4Answer = response.body;
  await applications.saveIdCheck(application.id, coApplicant.id, answer.transactionReference);
  return answer.redirectUrl;
}

export = startCoApplicantIdCheck;
