// Frame messages of the identity step (vanilla TypeScript, no framework). main.ts attaches onIdentityFrameMessage to
// the window once the frame is open; the helpers below turn the web client's events into what the page shows.

/** Our white-label web client in the US and EU data centres. */
const FRAME_ORIGINS = new Set([
  'https://mercato.netverify.com',
  'https://mercato.lon.netverify.com',
]);

interface FrameMessage {
  transactionReference: string;
  authorizationToken: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

const STATUS_TEXT: Record<FrameMessage['payload']['value'], string> = {
  loaded: 'Follow the steps in the window below.',
  success: 'Done — we are checking your photos.',
  error: 'The identity check stopped.',
};

function statusLine(message: FrameMessage): string {
  const text = STATUS_TEXT[message.payload.value];
  const code = message.payload.metainfo?.code;
  return code ? `${text} (code ${code})` : text;
}

function setStatus(text: string): void {
  const el = document.getElementById('identity-status');
  if (el) el.textContent = text;
}

export function onIdentityFrameMessage(event: MessageEvent): void {
  if (!FRAME_ORIGINS.has(event.origin)) return;
  if (typeof event.data !== 'string') return;

  const message: FrameMessage = JSON.parse(event.data);
  setStatus(statusLine(message));

  if (message.payload.value === 'success') {
    sessionStorage.setItem('onboarding.identityReference', message.transactionReference);
    window.location.assign('/onboarding/identity/done');
  } else if (message.payload.value === 'error') {
    document.getElementById('identity-restart')?.removeAttribute('hidden');
  }
}
