'use strict';
// Face login start for the Meridian Health patient portal (Jumio Netverify Authentication, US data centre).
// `__setBaseUrl` is a test seam: the integration tests start a local stub of the Netverify API
// (test/support/netverify-stub.js) and point this module at it in a beforeAll. Production code never calls it.
const axios = require('axios');
const { saveFaceLogin } = require('./store');

const DEFAULT_BASE_URL = 'https://www.netverify.com';
let baseUrl = DEFAULT_BASE_URL;

/** @internal Test seam; pass nothing to restore the real data centre. */
function __setBaseUrl(url) {
  baseUrl = url || DEFAULT_BASE_URL;
}

async function startFaceLogin(patient, { locale = 'en-US' } = {}) {
  if (!patient.jumioEnrollmentReference) {
    throw new Error(`patient ${patient.mrn} has no face enrolment`);
  }
  const { data } = await axios.post(
    `${baseUrl}/api/authentication/v1/web/initiate`,
    {
      enrollmentTransactionReference: patient.jumioEnrollmentReference,
      userReference: patient.mrn,
      successUrl: 'https://portal.meridianhealth.example/sign-in/face/complete',
      errorUrl: 'https://portal.meridianhealth.example/sign-in/face/error',
      callbackUrl: 'https://api.meridianhealth.example/hooks/netverify/authentication',
      locale,
      tokenLifetimeInMinutes: 15,
    },
    {
      auth: { username: process.env.NETVERIFY_API_TOKEN, password: process.env.NETVERIFY_API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'MeridianPortal/2.14' },
      timeout: 10000,
    },
  );
  await saveFaceLogin(patient.mrn, data.transactionReference);
  return { redirectUrl: data.redirectUrl, reference: data.transactionReference };
}

module.exports = { startFaceLogin, __setBaseUrl };
