import { makeEventListener } from '@solid-primitives/event-listener';
import { onCleanup } from 'solid-js';

export function JumioFrame(props: { src: string; onDone: (ref: string) => void }) {
  function onJumioMessage(e: MessageEvent<string>) {
    const data = JSON.parse(e.data);
    if (data.eventType === 510 && data.payload.value === 'success') props.onDone(data.workflowExecutionId);
  }
  const clear = makeEventListener(window, 'message', onJumioMessage);
  onCleanup(clear);
  return <iframe src={props.src} width="640" height="660" />;
}
