// The frame comes from the server-rendered page; its events are handled by a method of an imported object.
import identityStepEvents from './identity-step-events.js';

export function mountIdentityStep(url) {
  const frame = document.querySelector('iframe.identity-frame');
  frame.setAttribute('allow', 'camera;fullscreen;accelerometer;gyroscope;magnetometer');
  frame.setAttribute('allowfullscreen', '');
  frame.src = url;
  window.addEventListener('message', identityStepEvents.onMessage);
  window.addEventListener('resize', identityStepEvents.onResize);
  return () => window.removeEventListener('message', identityStepEvents.onMessage);
}
