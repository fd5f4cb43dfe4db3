import { TRUSTED_FRAME_ORIGINS } from './41-trusted-frame-origins';

// Embedded pages report their content height so the frame never scrolls.
export function autoHeight(frame: HTMLIFrameElement): () => void {
  const onMessage = (event: MessageEvent<string>) => {
    if (!TRUSTED_FRAME_ORIGINS.includes(event.origin) || event.source !== frame.contentWindow) return;
    const msg = JSON.parse(event.data);
    if (msg.type === 'resize') frame.style.height = `${msg.height}px`;
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
