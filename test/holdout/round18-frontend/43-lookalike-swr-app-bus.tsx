'use client';

import useSWRSubscription, { type SWRSubscriptionOptions } from 'swr/subscription';

// The app's own message bus: the embedded scanner page (same origin) posts cart updates to the shell.
type BusMessage = { type: string; transactionReference?: string; payload: { value: string } };

function subscribeToBus(_key: string, { next }: SWRSubscriptionOptions<BusMessage, Error>) {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== window.location.origin) return;
    const data = JSON.parse(event.data);
    if (data.type === 'cart:updated') next(null, { type: data.type, transactionReference: data.transactionReference, payload: data.payload });
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

export default function ScannerPanel() {
  const { data } = useSWRSubscription('app-bus', subscribeToBus);
  return (
    <aside>
      <iframe src="/embedded/barcode-scanner" title="Scanner" allow="camera;fullscreen" />
      {data ? <p>Cart {data.transactionReference}: {data.payload.value} items</p> : null}
    </aside>
  );
}
