// Not the authentication callback: an ID-verification callback processor (callBackType NETVERIFYID, no
// authentication-only field), a retrieval-details mapper (no callback-only field), and a type check helper.
function onIdVerification(cb) {
  if (cb.callBackType !== 'NETVERIFYID') return null;
  return { ref: cb.jumioIdScanReference, face: cb.idScanImageFace, status: cb.verificationStatus };
}

function toOutcome(details) {
  return details.transactionResult === 'PASSED' ? details.enrollmentTransactionReference : null;
}

const isAuthCallback = (type) => type === 'NETVERIFY_AUTHENTICATION';

module.exports = { onIdVerification, toOutcome, isAuthCallback };
