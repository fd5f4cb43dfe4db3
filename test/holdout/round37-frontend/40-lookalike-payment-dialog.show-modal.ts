// Card payment dialog of the account settings page. The page holds an empty native <dialog id="payment-dialog">;
// opening it (showModal) creates the acquirer's hosted payment page inside it for the URL the server returned, and
// listens to the page's events until the dialog closes. Closing the dialog (Esc, the close button or a finished
// payment) removes the frame again so that a second opening starts a fresh payment session.
interface OpenOptions {
  paymentUrl: string;
  onPaid: (reference: string) => void;
  onDeclined: (reference: string | null, code: number | null) => void;
}

const PAYMENT_ORIGIN = 'https://pay.acquirer-hosted.example';

const dialog = document.getElementById('payment-dialog') as HTMLDialogElement;
const closeButton = dialog.querySelector<HTMLButtonElement>('[data-close]');

let detach: (() => void) | null = null;

export function openPaymentDialog({ paymentUrl, onPaid, onDeclined }: OpenOptions): void {
  const frame = document.createElement('iframe');
  frame.className = 'payment-dialog__frame';
  frame.title = 'Card payment';
  frame.setAttribute('allow', 'payment');
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  frame.src = paymentUrl;
  dialog.querySelector('.payment-dialog__body')!.replaceChildren(frame);

  function onFrameMessage(event: MessageEvent): void {
    if (event.origin !== PAYMENT_ORIGIN) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (data.payload.value) {
      case 'authorised':
        onPaid(data.transactionReference);
        dialog.close('paid');
        break;
      case 'declined':
        onDeclined(data.transactionReference ?? null, data.payload.reasonCode ?? null);
        dialog.close('declined');
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
  dialog.querySelector('.payment-dialog__body')!.replaceChildren();
});

closeButton?.addEventListener('click', () => dialog.close('cancelled'));
