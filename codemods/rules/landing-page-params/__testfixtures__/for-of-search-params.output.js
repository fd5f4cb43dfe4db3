// Identity check return page: walks the query with for…of.
let status = '';
let reference = '';
for (const [key, value] of new URLSearchParams(window.location.search).entries()) {
  switch (key) {
    case 'acquisitionStatus':
      status = value;
      break;
    case 'workflowExecutionId':
      reference = value;
      break;
  }
}
document.title = status === 'SUCCESS' ? 'Verified ' + reference : 'Verification failed';
