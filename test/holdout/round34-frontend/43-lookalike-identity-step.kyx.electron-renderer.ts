// Electron renderer of the desktop onboarding wizard (Vite; contextIsolation on, nodeIntegration off): the identity
// step, on the KYX platform since the 4.0 release. The main process creates the KYX account transaction and hands its
// web.href over the preload bridge; this script shows it in the wizard's <iframe id="identity-frame">
// (renderer/index.html) and reports the outcome back to the main process, which keeps the execution id.
import type { IdentityBridge } from '../preload/identity-bridge';

declare global {
  interface Window {
    identityBridge: IdentityBridge;
  }
}

interface WebClientMessage {
  accountId: string;
  authorizationToken: string;
  workflowExecutionId: string;
  customerInternalReference: string;
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
  if (!event.origin.startsWith('https://') || !event.origin.endsWith('.jumio.ai')) return;
  const message: WebClientMessage = JSON.parse(event.data);
  switch (message.payload.value) {
    case 'loaded':
      statusLine.textContent = '';
      break;
    case 'success':
      window.identityBridge.completed({ executionId: message.workflowExecutionId, accountId: message.accountId, at: message.dateTime });
      break;
    case 'error': {
      const code = message.payload.metainfo?.code ?? null;
      // 9836 is an authentication failure on KYX: the face did not match, do not offer a retry.
      statusLine.textContent = code === 9836 ? 'We could not confirm it is you.' : `The identity check stopped (code ${code ?? 'unknown'}).`;
      window.identityBridge.failed({ executionId: message.workflowExecutionId, code });
      break;
    }
  }
}

export async function startIdentityStep(): Promise<void> {
  statusLine.textContent = 'Starting the identity check…';
  const { webHref } = await window.identityBridge.startSession();
  frame.allow = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
  frame.allowFullscreen = true;
  frame.src = webHref;
  window.addEventListener('message', onWebClientMessage);
  window.identityBridge.onCancel(() => {
    window.removeEventListener('message', onWebClientMessage);
    frame.src = 'about:blank';
  });
}
