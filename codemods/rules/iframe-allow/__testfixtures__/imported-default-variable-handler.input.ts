import kycMessageHandlers from './kyc-handlers';

export function reopenKyc(): void {
  const frame = document.querySelector<HTMLIFrameElement>('iframe.kyc-again')!;
  frame.setAttribute('allow', 'camera; fullscreen');
  window.addEventListener('message', kycMessageHandlers.message);
}
