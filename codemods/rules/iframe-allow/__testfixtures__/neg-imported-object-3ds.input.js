// The card issuer's challenge frame: its events are handled by a method of an imported object (3-D Secure).
import challengeEvents from './card-challenge-events.js';

export function mountChallenge(url) {
  const frame = document.querySelector('iframe.challenge-frame');
  frame.setAttribute('allow', 'payment');
  frame.src = url;
  window.addEventListener('message', challengeEvents.onMessage);
}
