// The page writes the frame into its container once the session is known: `${…}` only fills the src, and a
// second container gets the markup through a const and insertAdjacentHTML.
const FRAME = '<iframe class="kyc" allow="camera; fullscreen" allowfullscreen></iframe>';

export function show(container: HTMLElement, url: string, title: string) {
  container.innerHTML = `<iframe src="${url}" title="${title}" allow="camera;fullscreen"></iframe>`;
}

export function showInline(container: HTMLElement) {
  container.insertAdjacentHTML('beforeend', FRAME);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (!/\.netverify\.com$/.test(new URL(event.origin).hostname)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') location.assign(`/done?ref=${data.transactionReference}`);
});
