// Merlion Trust — a beneficiary confirms with a face login before a trust distribution is paid to a new account
// (Singapore data centre). The vendor's endpoint is declared as a zodios contract: its body and its answer are zod
// schemas, so an answer that does not match fails here instead of reaching the distribution desk. zodios runs on
// axios, which gets the API user and our User-Agent through axiosConfig.
'use strict';

const { Zodios } = require('@zodios/core');
const { z } = require('zod');
const { recordDistributionFaceLogin } = require('./db.cjs');

const FaceLoginRequest = z.object({
  enrollmentTransactionReference: z.string().max(36),
  userReference: z.string().max(100),
  successUrl: z.string().url(),
  errorUrl: z.string().url(),
  locale: z.string().max(5),
  tokenLifetimeInMinutes: z.number().int().min(5).max(86400),
});

const FaceLoginStarted = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string().uuid(),
});

const netverify = new Zodios(
  'https://core-sgp.jumio.com',
  [
    {
      method: 'post',
      path: '/api/authentication/v1/web/initiate',
      alias: 'initiateFaceLogin',
      description: 'Start a legacy Authentication (Web) transaction',
      parameters: [{ name: 'body', type: 'Body', schema: FaceLoginRequest }],
      response: FaceLoginStarted,
    },
  ],
  {
    axiosConfig: {
      auth: { username: process.env.MERLION_NV_TOKEN, password: process.env.MERLION_NV_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'MerlionTrust-Distributions/1.8' },
      timeout: 20000,
    },
  },
);

const TRUSTEE_PORTAL = 'https://trustee.merliontrust.example';

async function startDistributionFaceLogin(beneficiary, distributionId) {
  const started = await netverify.initiateFaceLogin({
    enrollmentTransactionReference: beneficiary.idCheckReference,
    userReference: beneficiary.beneficiaryNo,
    successUrl: `${TRUSTEE_PORTAL}/distributions/${distributionId}/confirmed`,
    errorUrl: `${TRUSTEE_PORTAL}/distributions/${distributionId}/not-confirmed`,
    locale: 'en-GB',
    tokenLifetimeInMinutes: 10,
  });
  await recordDistributionFaceLogin(distributionId, started.transactionReference, started.timestamp);
  return { faceLoginUrl: started.redirectUrl };
}

module.exports = { startDistributionFaceLogin };
