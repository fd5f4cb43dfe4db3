// Lookalike: Veriff's InContext frame in SolidJS, the listener attached with makeEventListener in onMount.
import { onCleanup, onMount } from 'solid-js';
import { makeEventListener } from '@solid-primitives/event-listener';

export default function VeriffFrame(props: { url: string; onDone: (sessionId: string) => void }) {
  onMount(() => {
    const clear = makeEventListener(window, 'message', (event: MessageEvent) => {
      if (!event.origin.endsWith('.veriff.me')) return;
      const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      if (data.status === 'FINISHED') props.onDone(data.sessionId);
    });
    onCleanup(clear);
  });

  return <iframe src={props.url} width="100%" height="700" allow="camera;fullscreen;microphone" />;
}
