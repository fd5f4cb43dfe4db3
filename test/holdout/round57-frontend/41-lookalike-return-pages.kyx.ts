// return-pages.ts — Ashgrove Energy, customer account. Vite builds this module into the two static pages the Jumio KYX
// web client sends customers back to (each journey's web.successUrl and web.errorUrl are the same page):
//   /identity/done    ID verification when an account is opened (KYX since the flag "kyx-identity" reached 100 %
//                     and was removed in May).
//   /face-login/done  face login to the customer account, on the KYX web client as well.

const outcome = document.querySelector<HTMLElement>('#outcome')!;

function show(text: string, tone: 'ok' | 'error' = 'error'): void {
  outcome.textContent = text;
  outcome.dataset.tone = tone;
}

async function post(path: string, body: Record<string, string | null>): Promise<void> {
  await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
}

function identityDone(): void {
  const query = new URLSearchParams(location.search);
  const status = query.get('acquisitionStatus');
  const reference = query.get('workflowExecutionId');
  const accountId = query.get('accountId');
  const errorCode = query.get('errorCode');
  if (status === 'SUCCESS' && reference) {
    void post('/api/accounts/identity-returned', { reference, accountId });
    show('Thank you. We will confirm your new account by email within one working day.', 'ok');
    return;
  }
  show(`We could not verify your identity${errorCode ? ` (error ${errorCode})` : ''}. You can try again from the sign-up page.`);
}

function faceLoginDone(): void {
  const query = new URLSearchParams(location.search);
  const status = query.get('acquisitionStatus');
  const reference = query.get('workflowExecutionId');
  const accountId = query.get('accountId');
  const errorCode = query.get('errorCode');
  if (status === 'SUCCESS' && reference) {
    void post('/api/session/face-login', { reference, accountId }).then(() => location.replace('/account'));
    return;
  }
  // KYX 9836: the face did not match the one on the account; KYX 9835: no usable capture in three tries.
  if (errorCode === '9836') {
    show('We could not confirm it is you. Please sign in with your password and call us if this keeps happening.');
    return;
  }
  show(`Face login did not work${errorCode ? ` (error ${errorCode})` : ''}. Please sign in with your password.`);
}

switch (location.pathname) {
  case '/identity/done':
    identityDone();
    break;
  case '/face-login/done':
    faceLoginDone();
    break;
}
