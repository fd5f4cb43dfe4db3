// A hybrid page's listener that accepts the KYX web client's origin only and hands the posted string to the native
// app unparsed: the events it relays are KYX events already, so there is nothing to say about their consumers.
declare global {
  interface Window {
    ReactNativeWebView?: { postMessage(message: string): void };
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;
  if (typeof event.data !== 'string') return;
  window.ReactNativeWebView?.postMessage(event.data);
});

export {};
