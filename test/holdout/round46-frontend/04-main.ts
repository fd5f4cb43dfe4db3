// Payout re-authentication: the Netverify web client (our white-label host) runs in #identity-frame, and its events
// tell us when the face check is done. The frame's CSP and Permissions-Policy live in vite.config.ts.
const WEB_CLIENT_ORIGIN = /^https:\/\/ledgerly\.netverify\.com$/;

interface FrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

const frame = document.querySelector<HTMLIFrameElement>('#identity-frame')!;
const statusLine = document.querySelector<HTMLParagraphElement>('#identity-status')!;
const payoutId = new URLSearchParams(window.location.search).get('payout') ?? '';

async function openFrame(): Promise<void> {
  const res = await fetch(`/api/payouts/${encodeURIComponent(payoutId)}/reauth`, {
    method: 'POST',
    credentials: 'include',
  });
  if (!res.ok) {
    statusLine.textContent = 'We could not start the check. Please try again.';
    return;
  }
  const { frameUrl } = (await res.json()) as { frameUrl: string };
  // Sandboxed: scripts and same-origin for the web client itself, forms for its upload fallback.
  frame.sandbox.add('allow-scripts', 'allow-same-origin', 'allow-forms');
  frame.src = frameUrl;
  frame.hidden = false;
}

async function confirmPayout(reference: string): Promise<void> {
  const res = await fetch(`/api/payouts/${encodeURIComponent(payoutId)}/confirm`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identityReference: reference }),
  });
  if (!res.ok) {
    statusLine.textContent = 'Your identity was confirmed, but the payout could not be released. Please contact support.';
    return;
  }
  window.location.assign(`/payouts/${encodeURIComponent(payoutId)}?confirmed=1`);
}

function onFrameMessage(event: MessageEvent<string>): void {
  if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
  let data: FrameEvent;
  try {
    data = JSON.parse(event.data) as FrameEvent;
  } catch {
    return;
  }
  switch (data.payload.value) {
    case 'loaded':
      statusLine.textContent = '';
      break;
    case 'success':
      window.removeEventListener('message', onFrameMessage);
      statusLine.textContent = 'Thanks, releasing your payout…';
      void confirmPayout(data.transactionReference);
      break;
    case 'error':
      statusLine.textContent = `The check did not finish (code ${data.payload.metainfo?.code ?? 'unknown'}).`;
      break;
  }
}

window.addEventListener('message', onFrameMessage);
void openFrame();
