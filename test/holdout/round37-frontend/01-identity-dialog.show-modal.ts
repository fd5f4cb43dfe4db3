// Identity check dialog of the account settings page. The page holds an empty native <dialog id="identity-dialog">;
// opening it (showModal) creates the Netverify web client's frame inside it for the URL the server returned, and
// listens to the frame's events until the dialog closes. Closing the dialog (Esc, the close button or a finished
// capture) removes the frame again so that a second opening starts a fresh transaction.
interface OpenOptions {
  redirectUrl: string;
  onVerified: (reference: string) => void;
  onFailed: (reference: string | null, code: number | null) => void;
}

const dialog = document.getElementById('identity-dialog') as HTMLDialogElement;
const closeButton = dialog.querySelector<HTMLButtonElement>('[data-close]');

let detach: (() => void) | null = null;

export function openIdentityDialog({ redirectUrl, onVerified, onFailed }: OpenOptions): void {
  const frame = document.createElement('iframe');
  frame.className = 'identity-dialog__frame';
  frame.title = 'Identity verification';
  frame.setAttribute('allow', 'camera;fullscreen');
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  frame.src = redirectUrl;
  dialog.querySelector('.identity-dialog__body')!.replaceChildren(frame);

  function onFrameMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (data.payload.value) {
      case 'success':
        onVerified(data.transactionReference);
        dialog.close('verified');
        break;
      case 'error':
        onFailed(data.transactionReference ?? null, data.payload.metainfo?.code ?? null);
        dialog.close('failed');
        break;
      default:
        break;
    }
  }

  window.addEventListener('message', onFrameMessage);
  detach = () => window.removeEventListener('message', onFrameMessage);
  dialog.showModal();
}

dialog.addEventListener('close', () => {
  detach?.();
  detach = null;
  dialog.querySelector('.identity-dialog__body')!.replaceChildren();
});

closeButton?.addEventListener('click', () => dialog.close('cancelled'));
