// Donation platform return page. The parameter names live in one place.
const DONATION_PARAMS = { status: 'transactionStatus', reference: 'transactionReference' };

const params = new URLSearchParams(window.location.search);
const ok = params.get(DONATION_PARAMS.status) === 'SUCCESS';
document.getElementById('title').textContent = ok ? 'Thank you for your gift' : 'The donation did not go through';
document.getElementById('ref').textContent = params.get(DONATION_PARAMS.reference);
