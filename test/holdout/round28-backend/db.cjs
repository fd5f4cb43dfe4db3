// Persistence used by the CommonJS services of this corpus (a stand-in for the customer's data layer).
function saveFaceLogin(memberId, reference) {
  return Promise.resolve({ memberId: memberId, reference: reference });
}

function saveKycCase(applicantId, reference) {
  return Promise.resolve({ applicantId: applicantId, reference: reference });
}

function markFaceLogin(reference, outcome) {
  return Promise.resolve({ reference: reference, outcome: outcome });
}

function expireFaceLogin(reference) {
  return Promise.resolve({ reference: reference, expired: true });
}

function savePaymentChallenge(paymentId, reference) {
  return Promise.resolve({ paymentId: paymentId, reference: reference });
}

module.exports = { saveFaceLogin, saveKycCase, markFaceLogin, expireFaceLogin, savePaymentChallenge };
