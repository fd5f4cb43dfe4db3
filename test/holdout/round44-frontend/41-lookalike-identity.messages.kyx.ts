// Frame messages of the identity step (vanilla TypeScript, no framework), on the KYX web client since the
// migration. main.ts attaches onIdentityFrameMessage to the window once the frame is open; the helpers below turn
// the web client's events into what the page shows.

/** Our white-label KYX web client in the amer-1 and emea-1 regions. */
const FRAME_ORIGINS = new Set([
  'https://mercato.web.amer-1.jumio.ai',
  'https://mercato.web.emea-1.jumio.ai',
]);

interface FrameMessage {
  workflowExecutionId: string;
  accountId: string;
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
    sessionStorage.setItem('onboarding.identityExecution', message.workflowExecutionId);
    sessionStorage.setItem('onboarding.identityAccount', message.accountId);
    window.location.assign('/onboarding/identity/done');
  } else if (message.payload.value === 'error') {
    document.getElementById('identity-restart')?.removeAttribute('hidden');
  }
}
