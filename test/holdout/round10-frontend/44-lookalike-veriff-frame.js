// Preact + htm: Veriff InContext frame for the second identity provider (EU customers).
import { html } from 'htm/preact';
import { useEffect } from 'preact/hooks';

export function VeriffFrame({ url, onDone }) {
  useEffect(() => {
    function onMessage(event) {
      if (event.origin !== 'https://magic.veriff.me') return;
      const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      if (data.status === 'FINISHED') onDone(data.sessionId);
    }
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [onDone]);

  return html`<iframe class="veriff" src=${url} allow="camera;microphone;fullscreen" allowfullscreen></iframe>`;
}
