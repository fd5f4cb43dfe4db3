// Opens the identity check in a <dialog> built from markup.
const FRAME_MARKUP = `
  <dialog class="kyc-dialog">
    <iframe title="Identity check" allow="camera;fullscreen" allowfullscreen></iframe>
    <button type="button" class="kyc-close">Close</button>
  </dialog>`;

export function openKycDialog(url, onVerified) {
  const fragment = document.createRange().createContextualFragment(FRAME_MARKUP);
  const dialog = fragment.querySelector('dialog');
  dialog.querySelector('iframe').src = url;
  document.body.append(dialog);
  dialog.showModal();

  function onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      onVerified(data.transactionReference);
      close();
    }
  }
  function close() {
    window.removeEventListener('message', onMessage);
    dialog.remove();
  }
  window.addEventListener('message', onMessage);
  dialog.querySelector('.kyc-close').addEventListener('click', close);
}
