'use client';

import { useEffect } from 'react';
import useSWRSubscription, { type SWRSubscriptionOptions } from 'swr/subscription';

type FrameEvent = {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

function subscribeToFrame(_key: string, { next }: SWRSubscriptionOptions<FrameEvent, Error>) {
  const onMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    try {
      next(null, JSON.parse(event.data) as FrameEvent);
    } catch (err) {
      next(err as Error);
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

export default function IdentityFrame({ frameUrl, onDone }: { frameUrl: string; onDone: (reference: string | null, code?: number) => void }) {
  const { data: frameEvent } = useSWRSubscription('jumio-frame-events', subscribeToFrame);

  useEffect(() => {
    if (frameEvent?.payload.value === 'success') onDone(frameEvent.transactionReference);
    if (frameEvent?.payload.value === 'error') onDone(null, frameEvent.payload.metainfo?.code);
  }, [frameEvent, onDone]);

  return <iframe src={frameUrl} title="Identity check" allow="camera;fullscreen" allowFullScreen style={{ width: '100%', height: 660, border: 0 }} />;
}
