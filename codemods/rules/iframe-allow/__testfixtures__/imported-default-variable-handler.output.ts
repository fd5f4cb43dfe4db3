import kycMessageHandlers from './kyc-handlers';

export function reopenKyc(): void {
  const frame = document.querySelector<HTMLIFrameElement>('iframe.kyc-again')!;
  frame.setAttribute('allow', 'camera; fullscreen; accelerometer; gyroscope; magnetometer');
  frame.setAttribute('allowfullscreen', '');
  window.addEventListener('message', kycMessageHandlers.message);
}
