import { createEventListener } from '@solid-primitives/event-listener';

// Persona inquiry embedded in a frame (identity verification by Persona, not Jumio).
export default function PersonaFrame(props: { url: string; onComplete: (inquiryId: string) => void }) {
  createEventListener(window, 'message', (event: MessageEvent) => {
    if (event.origin !== 'https://withpersona.com') return;
    const data = JSON.parse(event.data);
    if (data.name === 'complete') props.onComplete(data.metadata.inquiryId);
  });
  return <iframe src={props.url} width="100%" height="700" allow="camera;fullscreen" allowfullscreen />;
}
