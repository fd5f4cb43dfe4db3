// Open-banking transfer: the bank sends the payer back to /transfer/done or /transfer/failed.
const TRANSFER_RETURN = new URLPattern({ pathname: '/transfer/:outcome(done|failed)' });

function readTransferReturn(href) {
  const match = TRANSFER_RETURN.exec(href);
  if (!match) return null;
  const query = new URLSearchParams(match.search.input);
  return {
    outcome: match.pathname.groups.outcome,
    status: query.get('transactionStatus'),
    reference: query.get('transactionReference'),
    errorCode: query.get('errorCode'),
  };
}

const transfer = readTransferReturn(window.location.href);
if (transfer) {
  const box = document.querySelector('#transfer-result');
  if (transfer.status === 'SUCCESS') {
    box.textContent = `Transfer sent to the beneficiary (reference ${transfer.reference}).`;
  } else {
    box.textContent = `The bank rejected the transfer${transfer.errorCode ? ` (code ${transfer.errorCode})` : ''}.`;
  }
}
