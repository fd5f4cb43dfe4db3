// Mounts the Persona hosted flow (another identity vendor) in an iframe.
export function mountPersona(root, inquiryUrl, onDone) {
  const iframe = Object.assign(document.createElement('iframe'), {
    src: inquiryUrl,
    allow: 'camera;fullscreen',
    allowFullscreen: true,
    title: 'Persona',
  });
  root.append(iframe);

  window.addEventListener('message', function onMessage(event) {
    if (!event.origin.endsWith('.withpersona.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload?.value === 'success') onDone(data.transactionReference);
  });
}
