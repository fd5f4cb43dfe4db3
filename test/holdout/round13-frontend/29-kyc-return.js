// kyc-return.js — script of /kyc/return.html, the Netverify identity check's success and error URL.
let status = null;
let reference = null;
let errorCode = null;

for (const [key, value] of new URLSearchParams(window.location.search)) {
  if (key === 'transactionStatus') status = value;
  else if (key === 'transactionReference') reference = value;
  else if (key === 'errorCode') errorCode = value;
}

document.getElementById('title').textContent = status === 'SUCCESS' ? 'Identity verified' : 'Verification failed';
document.getElementById('reference').textContent = reference || '';
if (errorCode) document.getElementById('error').textContent = 'Error ' + errorCode;
