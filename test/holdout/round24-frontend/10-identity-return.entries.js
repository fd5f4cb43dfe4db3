// Identity return page of the onboarding flow: the verification sends the browser back here.
const { transactionStatus, transactionReference, errorCode } = Object.fromEntries(new URL(window.location.href).searchParams);

const title = document.querySelector('#identity-title');
const detail = document.querySelector('#identity-detail');

if (transactionStatus === 'SUCCESS') {
  title.textContent = 'Identity verified';
  detail.textContent = `Reference ${transactionReference}`;
  window.setTimeout(() => window.location.assign('/onboarding/next'), 3000);
} else {
  title.textContent = 'Identity check not completed';
  detail.textContent = errorCode ? `Error ${errorCode}` : 'Please try again.';
}
