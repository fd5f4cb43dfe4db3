// KYC onboarding (EU) of the lending app. The vendor's answer is logged by a pino child logger of the KYC component;
// the child redacts the session link (it carries the vendor's authorization token), the vendor reference and the
// applicant's e-mail address, so the log shipper never sees them.
import got from 'got';
import pino from 'pino';
import { saveKycCase } from './store.js';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'lending-api' } });

const kycLog = logger.child(
  { component: 'kyc-onboarding', vendor: 'netverify' },
  { redact: { paths: ['redirectUrl', 'transactionReference', 'email'], censor: '[redacted]' } },
);

interface NetverifyV4Response {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface LoanApplicant {
  id: string;
  email: string;
  locale: string;
}

export async function openKycSession(applicant: LoanApplicant, appUrl: string): Promise<string> {
  kycLog.info({ applicantId: applicant.id, email: applicant.email }, 'starting identity verification');
  const response = await got
    .post('https://lon.netverify.com/api/v4/initiate', {
      json: {
        customerInternalReference: `loan-applicant-${applicant.id}`,
        userReference: applicant.id,
        successUrl: `${appUrl}/kyc/finished`,
        errorUrl: `${appUrl}/kyc/problem`,
        locale: applicant.locale,
      },
      username: process.env.NETVERIFY_API_TOKEN,
      password: process.env.NETVERIFY_API_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'Kestrel Lending/2.8' },
    })
    .json<NetverifyV4Response>();
  kycLog.info(response, 'identity verification started');
  await saveKycCase(applicant.id, response.transactionReference);
  return response.redirectUrl;
}
