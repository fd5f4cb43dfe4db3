import { useRef } from 'react';
import { useEventListener } from 'usehooks-ts';

// A message event on an element (a custom widget dispatching DOM events), not the window's postMessage.
export function Widget() {
  const ref = useRef<HTMLDivElement>(null);
  useEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') console.log(data.transactionReference, data.payload.metainfo);
  }, ref);
  return <div ref={ref} />;
}
