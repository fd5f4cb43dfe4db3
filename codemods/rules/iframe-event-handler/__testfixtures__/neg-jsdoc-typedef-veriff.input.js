// @ts-check
/**
 * Veriff InContext events.
 * @typedef {Object} VeriffFrameEvent
 * @property {string} sessionId
 * @property {string} transactionReference
 * @property {{ value: 'STARTED' | 'FINISHED' | 'CANCELED' }} payload
 */

/** @param {MessageEvent<string>} event */
export function handleVeriffMessage(event) {
  if (!event.origin.endsWith('.veriff.me')) return;
  /** @type {VeriffFrameEvent} */
  const data = JSON.parse(event.data);
  if (data.payload.value === 'FINISHED') sessionStorage.setItem('veriffRef', data.transactionReference);
}

window.addEventListener('message', handleVeriffMessage);
