// The banking app's router: a hash router, because the web app is served from a CDN bucket that cannot rewrite
// paths. The open-banking provider's return URL is https://bank.example.com/#/transfers/done; the provider appends
// the transfer's outcome to the URL, so the query sits inside the fragment, after the route's path.
import { renderAccounts } from './views/accounts.js';
import { renderNewTransfer } from './views/transfer-new.js';
import { renderTransferDone } from './views/transfer-done.js';
import { renderNotFound } from './views/not-found.js';
import { sendEvent } from './telemetry.js';

const outlet = document.getElementById('app');

function render() {
  const [path, search = ''] = window.location.hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);

  switch (path || '/') {
    case '/':
      renderAccounts(outlet);
      break;

    case '/transfers/new':
      renderNewTransfer(outlet, { payeeId: query.get('payee') });
      break;

    case '/transfers/done': {
      const status = query.get('transactionStatus');
      const reference = query.get('transactionReference');
      const reason = query.get('reason');
      if (reference) sessionStorage.setItem('transfer.reference', reference);
      sendEvent('transfer_return', { status: status || 'missing', reason: reason || '' });
      // Drop the outcome from the address bar: a reload or a shared link must not replay it.
      history.replaceState(null, '', '#/transfers/done');
      renderTransferDone(outlet, {
        sent: status === 'SUCCESS',
        reference: reference || sessionStorage.getItem('transfer.reference'),
        reason,
      });
      break;
    }

    default:
      renderNotFound(outlet, path);
  }

  outlet.focus();
}

window.addEventListener('hashchange', render);
document.addEventListener('DOMContentLoaded', render);
