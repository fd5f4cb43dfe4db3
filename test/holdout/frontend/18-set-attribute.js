export function mountJumio(container, redirectUrl) {
  const frame = document.createElement('iframe');
  frame.setAttribute('src', redirectUrl);
  frame.setAttribute('allow', 'camera;fullscreen');
  frame.setAttribute('allowfullscreen', '');
  frame.style.width = '100%';
  container.appendChild(frame);

  globalThis.addEventListener('message', (event) => {
    if (!event.origin.match(/netverify\.com$/)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      container.dispatchEvent(new CustomEvent('jumio:done', { detail: data.transactionReference }));
    }
  });
}
