// Identity check return page: walks the query with for…of.
let status = '';
let reference = '';
for (const [key, value] of new URLSearchParams(window.location.search).entries()) {
  switch (key) {
    case 'transactionStatus':
      status = value;
      break;
    case 'transactionReference':
      reference = value;
      break;
  }
}
document.title = status === 'SUCCESS' ? 'Verified ' + reference : 'Verification failed';
