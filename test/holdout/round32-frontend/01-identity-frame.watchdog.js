// Identity check step of the onboarding wizard (plain ES module, bundled with the rest of the wizard).
// After the March incident, when the identity frame sat on a blank page for a whole afternoon and nobody noticed,
// ops asked for three things: a Sentry breadcrumb per frame event, a GA4 event per step, and a watchdog that
// reports a frame that stops talking (no event 90 s after it opened, or after it said "loaded").
import * as Sentry from '@sentry/browser';

const WATCHDOG_MS = 90 * 1000;

let watchdog = null;

function track(name, params) {
  if (typeof window.gtag === 'function') window.gtag('event', name, params);
}

function armWatchdog(step) {
  clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    Sentry.captureMessage(`identity frame silent for ${WATCHDOG_MS / 1000}s after "${step}"`, 'warning');
    track('kyc_frame_stuck', { kyc_step: step });
  }, WATCHDOG_MS);
}

function onFrameMessage(event) {
  if (!event.origin.endsWith('.netverify.com')) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (err) {
    Sentry.addBreadcrumb({ category: 'kyc.frame', level: 'warning', message: 'unparsable frame message' });
    return;
  }
  clearTimeout(watchdog);

  Sentry.addBreadcrumb({
    category: 'kyc.frame',
    message: data.payload.value,
    data: { reference: data.transactionReference, eventType: data.eventType, at: data.dateTime },
  });
  track('kyc_frame_' + data.payload.value, { kyc_reference: data.transactionReference });

  if (data.payload.value === 'loaded') {
    armWatchdog('loaded');
    return;
  }
  window.removeEventListener('message', onFrameMessage);

  if (data.payload.value === 'success') {
    document.dispatchEvent(new CustomEvent('kyc:verified', { detail: { reference: data.transactionReference } }));
  } else {
    const code = data.payload.metainfo && data.payload.metainfo.code;
    Sentry.captureMessage('identity frame error ' + code, { level: 'error', tags: { kyc_code: String(code) } });
    document.dispatchEvent(new CustomEvent('kyc:failed', { detail: { code, retry: code === 9836 } }));
  }
}

export function startIdentityCheck(frameUrl) {
  const frame = document.getElementById('identity-frame');
  frame.setAttribute('allow', 'camera;fullscreen');
  frame.src = frameUrl;
  window.addEventListener('message', onFrameMessage);
  armWatchdog('start');
  track('kyc_frame_open', { kyc_step: 'start' });
}

export function abandonIdentityCheck() {
  clearTimeout(watchdog);
  window.removeEventListener('message', onFrameMessage);
  track('kyc_frame_abandoned', {});
}
