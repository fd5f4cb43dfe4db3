import { kycHandlers } from './kyc-handlers';

export function openKyc(url: string): () => void {
  const frame = document.querySelector('iframe#kyc-frame') as HTMLIFrameElement;
  frame.allow = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
  frame.allowFullscreen = true;
  frame.src = url;
  window.addEventListener('message', kycHandlers.message);
  return () => window.removeEventListener('message', kycHandlers.message);
}
