// Identity check for pet claims filed through broker sites (Quarry Lane Pet), on the KYX web client.
// Brokers embed https://verify.quarrylane.example/pet/identity-frame.html; that page frames the web client (our EU
// white-label host) and hands the client's events to the broker's page over a MessageChannel, so that no broker page
// needs a window-wide message listener that trusts our origin or Jumio's. Both ends of the channel live in this module,
// so the message format stays in one place:
//   startFrameBridge()      runs in identity-frame.html, inside the broker's iframe;
//   connectIdentityFrame()  runs on the broker's page (bundled into pet-claims-widget.js), before the iframe's src is set.

const WEB_CLIENT_ORIGIN = 'https://quarrylane.web.emea-1.jumio.ai';
const CONNECT = 'quarrylane-pet:identity-connect';

/** What the broker's page receives on its port: the web client's final event, as the frame parsed it. */
export interface RelayedIdentityEvent {
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  dateTime: string;
  payload: { value: 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityFrameHandlers {
  onVerified(workflowExecutionId: string): void;
  onFailed(code: number | null): void;
}

/** Frame side. Events that arrive before the broker's page has connected are queued. */
export function startFrameBridge(): void {
  let port: MessagePort | null = null;
  const queued: unknown[] = [];

  window.addEventListener('message', (event: MessageEvent) => {
    // The broker's page hands us our end of the channel once, right after the frame has loaded.
    if (event.source !== window.parent || event.data?.type !== CONNECT || event.ports.length !== 1) return;
    port = event.ports[0];
    for (const item of queued.splice(0)) port.postMessage(item);
  });

  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (event.origin !== WEB_CLIENT_ORIGIN) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') {
      document.body.classList.remove('is-loading');
      return;
    }
    sessionStorage.setItem('quarrylane-pet.identity.workflowExecutionId', data.workflowExecutionId);
    if (port) port.postMessage(data);
    else queued.push(data);
  });
}

/** Broker side. Returns the teardown. */
export function connectIdentityFrame(frame: HTMLIFrameElement, handlers: IdentityFrameHandlers): () => void {
  const channel = new MessageChannel();

  channel.port1.onmessage = (event: MessageEvent<RelayedIdentityEvent>) => {
    const relayed = event.data;
    if (relayed.payload.value === 'success') handlers.onVerified(relayed.workflowExecutionId);
    else handlers.onFailed(relayed.payload.metainfo?.code ?? null);
  };

  const connect = () => {
    frame.contentWindow?.postMessage({ type: CONNECT }, new URL(frame.src).origin, [channel.port2]);
  };
  frame.addEventListener('load', connect, { once: true });

  return () => {
    frame.removeEventListener('load', connect);
    channel.port1.close();
  };
}
