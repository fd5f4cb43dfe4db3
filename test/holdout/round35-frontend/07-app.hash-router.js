// The app shell's router: a hash router, because the member portal is served from a CDN bucket that cannot rewrite
// paths. The identity check's success and error URLs are https://portal.example.com/#/identity/done; the web client
// appends its outcome to the URL, so the query sits inside the fragment, after the route's path.
import { renderHome } from './views/home.js';
import { renderIdentityStart } from './views/identity-start.js';
import { renderIdentityDone } from './views/identity-done.js';
import { renderNotFound } from './views/not-found.js';
import { sendEvent } from './telemetry.js';

const outlet = document.getElementById('app');

function render() {
  const [path, search = ''] = window.location.hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);

  switch (path || '/') {
    case '/':
      renderHome(outlet);
      break;

    case '/identity':
      renderIdentityStart(outlet, { retry: query.has('retry') });
      break;

    case '/identity/done': {
      const status = query.get('transactionStatus');
      const reference = query.get('transactionReference');
      const errorCode = query.get('errorCode');
      if (reference) sessionStorage.setItem('identity.reference', reference);
      sendEvent('identity_return', { status: status || 'missing', code: errorCode || '' });
      // Drop the outcome from the address bar: a reload or a shared link must not replay it.
      history.replaceState(null, '', '#/identity/done');
      renderIdentityDone(outlet, {
        verified: status === 'SUCCESS',
        reference: reference || sessionStorage.getItem('identity.reference'),
        errorCode,
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
