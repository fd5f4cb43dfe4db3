// @ts-check
/**
 * The event the Netverify web client posts to this page (a JSON string).
 * @typedef {Object} JumioFrameEvent
 * @property {string} transactionReference
 * @property {number} eventType
 * @property {{ value: 'loaded' | 'success' | 'error', metainfo?: { code: number } }} payload
 */

/** @typedef {{ transactionReference: string, payload: { value: string } }} JumioResult */

/** @param {JumioResult} result */
function storeResult(result) {
  sessionStorage.setItem('kycReference', result.transactionReference);
}

/** @param {MessageEvent<string>} event */
export function handleJumioMessage(event) {
  if (!event.origin.endsWith('.netverify.com')) return;
  /** @type {JumioFrameEvent} */
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') storeResult(data);
}

window.addEventListener('message', handleJumioMessage);
