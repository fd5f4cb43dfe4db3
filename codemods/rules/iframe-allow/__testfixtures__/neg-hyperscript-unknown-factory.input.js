// A Jumio page whose iframes are built by functions we cannot see into: a local `h` helper and a widget
// library's `ui.h`. What they do with the attributes is unknown: left alone.
import { ui } from './widgets.js';

function h(tag, attrs) {
  const el = document.createElement(tag.split('.')[0]);
  Object.keys(attrs).forEach((k) => el.setAttribute(k, attrs[k]));
  return el;
}

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') document.body.dataset.reference = data.transactionReference;
});

document.body.append(h('iframe.kyc', { allow: 'camera;fullscreen' }));
document.body.append(ui.h('iframe', { allow: 'camera;fullscreen' }));
