// Adyen drop-in relay: payment step tracking.
export enum PaymentStep {
  Loaded = 'loaded',
  Success = 'success',
  Error = 'error',
}

export const paymentState = { step: PaymentStep.Loaded as PaymentStep, transactionReference: '' };

window.addEventListener('message', (event) => {
  if (typeof event.data !== 'string') return;
  const data = JSON.parse(event.data);
  if (data.eventType !== 'PAYMENT_RESULT') return;
  paymentState.step = data.payload.value;
  if (data.payload.value === PaymentStep.Success) {
    paymentState.transactionReference = data.transactionReference;
  }
});
