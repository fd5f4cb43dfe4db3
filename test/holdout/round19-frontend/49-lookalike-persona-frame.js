// Persona inquiry embedded in an iframe we create ourselves.
export function mountPersona(container, inquiryUrl, onComplete) {
  const frame = document.createElement('iframe');
  frame.setAttribute('src', inquiryUrl);
  frame.setAttribute('allow', 'camera;fullscreen');
  frame.setAttribute('allowfullscreen', '');
  container.appendChild(frame);

  function receiveMessage(event) {
    if (event.origin !== 'https://withpersona.com') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onComplete(data.transactionReference);
  }
  window.addEventListener('message', receiveMessage, false);
  return () => window.removeEventListener('message', receiveMessage, false);
}
