// 3-D Secure challenge step of the checkout (plain ES module, bundled with the rest of the checkout).
// After the March incident, when the card issuer's challenge page sat blank for a whole afternoon and nobody noticed,
// ops asked for three things: a Sentry breadcrumb per challenge event, a GA4 event per step, and a watchdog that
// reports a challenge that stops talking (no event 90 s after it opened, or after it said "loaded").
import * as Sentry from '@sentry/browser';

const WATCHDOG_MS = 90 * 1000;

let watchdog = null;

function track(name, params) {
  if (typeof window.gtag === 'function') window.gtag('event', name, params);
}

function armWatchdog(step) {
  clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    Sentry.captureMessage(`3-D Secure challenge silent for ${WATCHDOG_MS / 1000}s after "${step}"`, 'warning');
    track('card_challenge_stuck', { challenge_step: step });
  }, WATCHDOG_MS);
}

function onChallengeMessage(event) {
  if (!event.origin.endsWith('.cardinalcommerce.com')) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (err) {
    Sentry.addBreadcrumb({ category: 'checkout.3ds', level: 'warning', message: 'unparsable challenge message' });
    return;
  }
  clearTimeout(watchdog);

  Sentry.addBreadcrumb({
    category: 'checkout.3ds',
    message: data.payload.value,
    data: { reference: data.transactionReference, eventType: data.eventType, at: data.dateTime },
  });
  track('card_challenge_' + data.payload.value, { payment_reference: data.transactionReference });

  if (data.payload.value === 'loaded') {
    armWatchdog('loaded');
    return;
  }
  window.removeEventListener('message', onChallengeMessage);

  if (data.payload.value === 'success') {
    document.dispatchEvent(new CustomEvent('checkout:authenticated', { detail: { reference: data.transactionReference } }));
  } else {
    const code = data.payload.metainfo && data.payload.metainfo.code;
    Sentry.captureMessage('3-D Secure challenge error ' + code, { level: 'error', tags: { acs_code: String(code) } });
    document.dispatchEvent(new CustomEvent('checkout:challenge-failed', { detail: { code, retry: code === 'timeout' } }));
  }
}

export function startCardChallenge(challengeUrl) {
  const frame = document.getElementById('challenge-frame');
  frame.setAttribute('allow', 'payment');
  frame.src = challengeUrl;
  window.addEventListener('message', onChallengeMessage);
  armWatchdog('start');
  track('card_challenge_open', { challenge_step: 'start' });
}

export function abandonCardChallenge() {
  clearTimeout(watchdog);
  window.removeEventListener('message', onChallengeMessage);
  track('card_challenge_abandoned', {});
}
