// @ts-check
/**
 * The event the Netverify web client posts to this page (a JSON string).
 * @typedef {Object} JumioFrameEvent
 * @property {string} authorizationToken
 * @property {string} transactionReference
 * @property {number} eventType
 * @property {string} dateTime
 * @property {{ value: 'loaded' | 'success' | 'error', metainfo?: { code: number } }} payload
 */

/** @param {MessageEvent<string>} event */
export function handleJumioMessage(event) {
  if (!event.origin.endsWith('.netverify.com')) return;
  /** @type {JumioFrameEvent} */
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    sessionStorage.setItem('kycReference', data.transactionReference);
  }
}

window.addEventListener('message', handleJumioMessage);
