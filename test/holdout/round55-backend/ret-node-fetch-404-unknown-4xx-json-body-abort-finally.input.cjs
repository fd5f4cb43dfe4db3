// Cornerstone Lending (US) back office: the loan officer's disbursement screen shows whether the borrower's face
// login went through. CommonJS, node-fetch 2. The vendor gets eight seconds; the screen polls again anyway. A face
// login the vendor no longer knows is shown as "unknown" and the officer starts a new one.
'use strict';

const fetch = require('node-fetch');

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';
const NV_AUTH = 'Basic ' + Buffer.from(process.env.CORNERSTONE_NV_TOKEN + ':' + process.env.CORNERSTONE_NV_SECRET).toString('base64');

class FaceLoginLookupError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'FaceLoginLookupError';
    this.status = status;
  }
}

async function disbursementFaceLogin(disbursement) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8000);
  try {
    const res = await fetch(`${NV_AUTHENTICATIONS}/${disbursement.faceLoginReference}`, {
      headers: { Accept: 'application/json', Authorization: NV_AUTH, 'User-Agent': 'Cornerstone-BackOffice/6.1' },
      signal: controller.signal,
    });
    if (res.status === 404) return { state: 'unknown' };
    if (res.status >= 400 && res.status < 500) {
      // The vendor explains a refusal in a small JSON object; show its message to the officer.
      const problem = await res.json();
      throw new FaceLoginLookupError(res.status, problem.message || `lookup refused (${res.status})`);
    }
    if (!res.ok) throw new FaceLoginLookupError(res.status, 'identity vendor unavailable');

    const details = await res.json();
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return { state: 'pending' };
    return {
      state: details.transactionResult === 'PASSED' && details.userReference === disbursement.borrowerNo ? 'passed' : 'failed',
      reference: details.transactionReference,
      decidedAt: details.transactionDate,
    };
  } finally {
    clearTimeout(timer);
  }
}

module.exports = { disbursementFaceLogin, FaceLoginLookupError };
