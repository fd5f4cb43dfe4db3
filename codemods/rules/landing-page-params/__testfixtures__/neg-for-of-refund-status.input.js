// Refund provider's return page: walks the query with for…of; its status values are not Jumio's.
let status = '';
let reference = '';
const params = new URLSearchParams(location.search);
for (const [key, value] of params) {
  if (key === 'transactionStatus') status = value;
  if (key === 'transactionReference') reference = value;
}
document.title = status === 'REFUNDED' ? 'Refund issued ' + reference : 'Refund pending';
