// <persona-frame> built with haunted: Persona's hosted flow in an iFrame.
import { html } from 'lit-html';
import { component, useEffect, useState } from 'haunted';

function PersonaFrame({ inquiryId }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    const onMessage = (event) => {
      if (event.origin !== 'https://withpersona.com') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') setDone(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return done
    ? html`<p>Done.</p>`
    : html`<iframe src="https://withpersona.com/verify?inquiry-id=${inquiryId}" allow="camera;fullscreen" width="100%" height="640"></iframe>`;
}

customElements.define('persona-frame', component(PersonaFrame));
