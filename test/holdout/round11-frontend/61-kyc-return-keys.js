// Landing page of the identity check (Jumio success/error URL). The parameter names live in one object.
const KYC_PARAMS = { status: 'transactionStatus', reference: 'transactionReference', error: 'errorCode' };

const params = new URLSearchParams(window.location.search);
const ok = params.get(KYC_PARAMS.status) === 'SUCCESS';
document.getElementById('kyc-title').textContent = ok ? 'Identity verified' : 'Verification failed';
document.getElementById('kyc-ref').textContent = ok ? params.get(KYC_PARAMS.reference) : params.get(KYC_PARAMS.error);
