// return-pages.ts — Quillon Water, customer account. Vite builds this module into the two static pages the Jumio web
// clients send customers back to (each journey's successUrl and errorUrl are the same page):
//   /identity/done    ID verification when an account is opened. Rolling out to the KYX web client behind the
//                     LaunchDarkly flag "kyx-identity", so customers come back here from either web client.
//   /face-login/done  face login to the customer account, still on the Netverify Authentication web client.

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
  // The KYX names first; the Netverify names for as long as the flag still sends some customers to Netverify.
  const status = query.get('acquisitionStatus') ?? query.get('transactionStatus');
  const reference = query.get('workflowExecutionId') ?? query.get('transactionReference');
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
  const status = query.get('transactionStatus');
  const reference = query.get('transactionReference');
  const errorCode = query.get('errorCode');
  if (status === 'SUCCESS' && reference) {
    void post('/api/session/face-login', { reference }).then(() => location.replace('/account'));
    return;
  }
  if (errorCode === '9836') {
    show('We could not see your face clearly after three tries. Please sign in with your password.');
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
