// Enrolment defaults kept in one object of the module and spread into each request body (ESM, axios, US); the
// Fastify route that opens a case lives in another file and only gets the link back.
import axios from 'axios';
import { saveKycCase } from './store.js';

const INITIATE_URL = 'https://netverify.com/api/v4/initiate';

const ENROLMENT_DEFAULTS = {
  workflowId: 100,
  successUrl: 'https://acme.com/kyc/complete',
  errorUrl: 'https://acme.com/kyc/error',
  tokenLifetimeInMinutes: 60,
  locale: 'en-US',
};

export async function openKycCase(customer, plan) {
  const body = {
    ...ENROLMENT_DEFAULTS,
    customerInternalReference: customer.id,
    userReference: customer.id,
    reportingCriteria: plan,
  };
  const { data } = await axios.post(INITIATE_URL, body, {
    auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
    headers: { 'User-Agent': 'Acme Onboarding/2.0' },
  });
  await saveKycCase(customer.id, data.transactionReference);
  return data.redirectUrl;
}
