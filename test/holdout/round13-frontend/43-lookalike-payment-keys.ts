// Card payment return page: the acquirer's parameter names kept in one place.
const PARAM = { status: 'transactionStatus', reference: 'transactionReference' } as const;

const params = new URLSearchParams(window.location.search);
const status = params.get(PARAM.status);
const reference = params.get(PARAM.reference);

document.querySelector('#title')!.textContent = status === 'AUTHORISED' ? 'Payment received' : 'Payment declined';
document.querySelector('#reference')!.textContent = reference ?? '';
