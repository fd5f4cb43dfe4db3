// Identity verification return page (Netverify success/error URL): parameter names kept in one place.
const PARAM = { status: 'transactionStatus', reference: 'transactionReference', error: 'errorCode' } as const;

const params = new URLSearchParams(window.location.search);
const status = params.get(PARAM.status);
const reference = params.get(PARAM.reference);

document.querySelector('#title')!.textContent = status === 'SUCCESS' ? 'Identity verified' : 'Verification failed';
document.querySelector('#reference')!.textContent = reference ?? '';
document.querySelector('#error')!.textContent = params.get(PARAM.error) ?? '';
