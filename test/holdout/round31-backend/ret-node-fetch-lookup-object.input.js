// Back office: the result of a member's face login, mapped onto the back office's own case states.
const fetch = require('node-fetch');

const JUMIO_API = 'https://netverify.com';

const CASE_STATE_BY_RESULT = Object.freeze({
  PASSED: 'approved',
  FAILED: 'declined',
  INVALID: 'resubmit',
  EXPIRED: 'expired',
});

async function faceLoginCase(reference) {
  const res = await fetch(`${JUMIO_API}/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
    headers: {
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64'),
      'User-Agent': 'Acme Backoffice/6.0',
    },
  });
  if (!res.ok) throw new Error('face login lookup failed: ' + res.status);
  const details = await res.json();
  return {
    reference: details.transactionReference,
    memberId: details.userReference || null,
    state: CASE_STATE_BY_RESULT[details.transactionResult] || 'pending',
  };
}

module.exports = { faceLoginCase };
