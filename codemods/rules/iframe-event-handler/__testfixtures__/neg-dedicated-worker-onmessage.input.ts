/// <reference lib="webworker" />
// A dedicated worker: `onmessage` hears the main thread (worker.postMessage), not the web-client iFrame.
onmessage = (e: MessageEvent<string>) => {
  const evt = JSON.parse(e.data);
  if (evt.eventType !== 510) return;
  postMessage({ reference: evt.transactionReference, done: evt.payload.value === 'success', at: evt.dateTime });
};
