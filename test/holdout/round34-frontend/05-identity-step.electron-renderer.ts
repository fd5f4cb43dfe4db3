// Electron renderer of the desktop onboarding wizard (Vite; contextIsolation on, nodeIntegration off): the identity
// step. The main process initiates the Netverify transaction and hands the redirectUrl over the preload bridge; this
// script shows it in the wizard's <iframe id="identity-frame"> (renderer/index.html) and reports the outcome back to
// the main process, which keeps the reference and moves the wizard on.
import type { IdentityBridge } from '../preload/identity-bridge';

declare global {
  interface Window {
    identityBridge: IdentityBridge;
  }
}

interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

const frame = document.querySelector<HTMLIFrameElement>('#identity-frame')!;
const statusLine = document.querySelector<HTMLParagraphElement>('#identity-status')!;

function onWebClientMessage(event: MessageEvent<string>): void {
  if (!event.origin.startsWith('https://') || !event.origin.endsWith('.netverify.com')) return;
  const message: WebClientMessage = JSON.parse(event.data);
  switch (message.payload.value) {
    case 'loaded':
      statusLine.textContent = '';
      break;
    case 'success':
      window.identityBridge.completed({ reference: message.transactionReference, at: message.dateTime });
      break;
    case 'error': {
      const code = message.payload.metainfo?.code ?? null;
      statusLine.textContent = `The identity check stopped (code ${code ?? 'unknown'}).`;
      window.identityBridge.failed({ reference: message.transactionReference, code });
      break;
    }
  }
}

export async function startIdentityStep(): Promise<void> {
  statusLine.textContent = 'Starting the identity check…';
  const { redirectUrl } = await window.identityBridge.startSession();
  frame.allow = 'camera;fullscreen';
  frame.src = redirectUrl;
  window.addEventListener('message', onWebClientMessage);
  window.identityBridge.onCancel(() => {
    window.removeEventListener('message', onWebClientMessage);
    frame.src = 'about:blank';
  });
}
