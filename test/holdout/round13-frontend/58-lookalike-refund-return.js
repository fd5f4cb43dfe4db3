// refund-return.js — the refund provider sends the customer back here.
let status = null;
let reference = null;

for (const [key, value] of new URLSearchParams(window.location.search)) {
  if (key === 'transactionStatus') status = value;
  else if (key === 'transactionReference') reference = value;
}

document.getElementById('title').textContent = status === 'REFUNDED' ? 'Refund issued' : 'Refund pending';
document.getElementById('reference').textContent = reference || '';
