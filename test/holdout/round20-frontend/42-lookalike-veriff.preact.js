import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// Veriff InContext session in a frame; Veriff posts its own events to this window.
export function VeriffStep({ sessionUrl, onDone }) {
  const [phase, setPhase] = useState('loading');

  useEffect(() => {
    function onMessage(event) {
      if (event.origin !== 'https://magic.veriff.me') return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (data.type === 'STARTED') setPhase('capturing');
      if (data.type === 'FINISHED') {
        setPhase('done');
        onDone({ ok: true, sessionId: data.sessionId });
      }
      if (data.type === 'CANCELED') setPhase('canceled');
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);

  return h('section', { class: `veriff-step veriff-step--${phase}` }, [
    h('iframe', {
      src: sessionUrl,
      title: 'Identity verification',
      width: '100%',
      height: 660,
      allow: 'camera;microphone;fullscreen',
      allowFullScreen: true,
    }),
  ]);
}
