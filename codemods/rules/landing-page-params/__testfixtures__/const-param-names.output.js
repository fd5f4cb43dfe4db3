// Landing page of the identity check (Jumio success/error URL). The parameter names live in one place.
const KYC_PARAMS = Object.freeze({ status: 'acquisitionStatus', reference: 'transactionReference', error: 'errorCode' });
const REFERENCE = 'workflowExecutionId';

const params = new URLSearchParams(window.location.search);
const ok = params.get(KYC_PARAMS.status) === 'SUCCESS';
document.getElementById('kyc-title').textContent = ok ? 'Identity verified' : 'Verification failed';
document.getElementById('kyc-ref').textContent = ok ? params.get(REFERENCE) : params.get(KYC_PARAMS.error);
