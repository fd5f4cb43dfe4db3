import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// Identity step: the Netverify web client in a frame, and the events it posts to this window.
export function IdentityStep({ frameUrl, onDone }) {
  const [phase, setPhase] = useState('loading');

  useEffect(() => {
    function onMessage(event) {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (!data || !data.payload) return;
      if (data.payload.value === 'loaded') setPhase('capturing');
      if (data.payload.value === 'success') {
        setPhase('done');
        onDone({ ok: true, reference: data.transactionReference });
      }
      if (data.payload.value === 'error') {
        setPhase('failed');
        onDone({ ok: false, reference: data.transactionReference, code: data.payload.metainfo && data.payload.metainfo.code });
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);

  return h('section', { class: `identity-step identity-step--${phase}` }, [
    h('iframe', {
      src: frameUrl,
      title: 'Identity verification',
      width: '100%',
      height: 660,
      allow: 'camera;fullscreen',
      allowFullScreen: true,
    }),
    phase === 'failed' && h('p', { role: 'alert' }, 'Verification failed, please try again.'),
  ]);
}
