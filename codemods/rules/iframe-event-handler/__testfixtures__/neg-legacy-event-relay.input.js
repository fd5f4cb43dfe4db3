// Not test code: a compatibility layer that re-posts KYX events in the legacy shape for an old widget, on purpose.
export function relayLegacy(target, kyxEvent) {
  target.postMessage(JSON.stringify({ transactionReference: kyxEvent.workflowExecutionId, eventType: 510, payload: { value: kyxEvent.payload.value } }), '*');
}
