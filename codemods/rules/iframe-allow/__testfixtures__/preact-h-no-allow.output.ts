import { h } from 'preact';
import { useEffect } from 'preact/hooks';

export function Verify({ url, onDone }: { url: string; onDone: (ref: string) => void }) {
  useEffect(() => {
    const handler = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  }, [onDone]);
  return h('iframe', { src: url, allow: 'camera;fullscreen;accelerometer;gyroscope;magnetometer', allowFullScreen: true, title: 'Identity check' });
}
