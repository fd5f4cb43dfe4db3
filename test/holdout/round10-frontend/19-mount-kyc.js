// Mounts the identity step: its frame comes from the server-rendered page, its events are handled by kycEvents.
import kycEvents from './19-kyc-events.js';

export function mountKyc(url) {
  const frame = document.querySelector('iframe.kyc-frame');
  frame.setAttribute('allow', 'camera;fullscreen');
  frame.src = url;
  window.addEventListener('message', kycEvents.onMessage);
  return () => window.removeEventListener('message', kycEvents.onMessage);
}
