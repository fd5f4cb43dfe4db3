'use strict';
// Prairie Home Lending (US): ID verification of a co-borrower before the loan file goes to underwriting. CommonJS
// service on undici. IdentityVerificationLink is the domain object of the loan file: underwriting builds it here, and
// the back-office backfill builds it with fromNetverify from the answers archived since 2019.
const { request } = require('undici');
const { saveCoBorrowerVerification } = require('./db.cjs');

const NETVERIFY_V4 = 'https://netverify.com/api/v4/initiate';
const BASIC = 'Basic ' + Buffer.from(`${process.env.PRAIRIE_NV_TOKEN}:${process.env.PRAIRIE_NV_SECRET}`).toString('base64');

class IdentityVerificationLink {
  constructor({ href, scanReference, createdAt }) {
    this.href = href;
    this.scanReference = scanReference;
    this.createdAt = createdAt;
    Object.freeze(this);
  }

  static fromNetverify({ redirectUrl, transactionReference, timestamp }) {
    return new IdentityVerificationLink({ href: redirectUrl, scanReference: transactionReference, createdAt: new Date(timestamp) });
  }

  toJSON() {
    return { href: this.href, scanReference: this.scanReference, createdAt: this.createdAt.toISOString() };
  }
}

async function startCoBorrowerVerification(application, coBorrower) {
  const { statusCode, body } = await request(NETVERIFY_V4, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: BASIC,
      'user-agent': 'PrairieHome-LOS/6.0',
    },
    body: JSON.stringify({
      customerInternalReference: `${application.id}:${coBorrower.id}`,
      userReference: coBorrower.id,
      workflowId: 100,
      successUrl: `https://apply.prairiehome.example/applications/${application.id}/co-borrower/id-done`,
      errorUrl: `https://apply.prairiehome.example/applications/${application.id}/co-borrower/id-error`,
      locale: 'en',
      tokenLifetimeInMinutes: 2880,
    }),
  });
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(`identity verification start failed: ${statusCode}`);
  }

  const link = IdentityVerificationLink.fromNetverify(await body.json());
  await saveCoBorrowerVerification(application.id, coBorrower.id, link.scanReference);
  return link;
}

module.exports = { IdentityVerificationLink, startCoBorrowerVerification };
