// @ts-check
/**
 * The event the Netverify web client posts to this page (a JSON string).
 * @typedef {Object} JumioFrameEvent
 * @property {string} workflowExecutionId
 * @property {number} eventType
 * @property {{ value: 'loaded' | 'success' | 'error', metainfo?: { code: number } }} payload
 */

/** @typedef {{ workflowExecutionId: string, payload: { value: string } }} JumioResult */

/** @param {JumioResult} result */
function storeResult(result) {
  sessionStorage.setItem('kycReference', result.workflowExecutionId);
}

/** @param {MessageEvent<string>} event */
export function handleJumioMessage(event) {
  if (!event.origin.endsWith('.jumio.ai')) return;
  /** @type {JumioFrameEvent} */
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') storeResult(data);
}

window.addEventListener('message', handleJumioMessage);
