// Markup parsed by Range.createContextualFragment and DOMParser.parseFromString becomes the page's elements: the
// frame is edited like an innerHTML one. The page's handler is proven (origin check and fields).
export function openFrame(host, url) {
  const fragment = document.createRange().createContextualFragment(`<iframe src="${url}" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>`);
  host.append(fragment);
}

const MARKUP = '<div class="kyc"><iframe allow="camera; fullscreen; accelerometer; gyroscope; magnetometer" allowfullscreen></iframe></div>';
export function openParsed(host) {
  const doc = new DOMParser().parseFromString(MARKUP, 'text/html');
  host.append(doc.body.firstElementChild);
}

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') location.assign(`/kyc/done?ref=${data.transactionReference}`);
});
