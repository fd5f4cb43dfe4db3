// Identity step tracking for the embedded web client (no origin check: the frame is our only iframe).
export enum KycStep {
  Loaded = 'loaded',
  Success = 'success',
  Error = 'error',
}

export const kycState = { step: KycStep.Loaded as KycStep, reference: '' };

window.addEventListener('message', (event) => {
  if (typeof event.data !== 'string') return;
  const data = JSON.parse(event.data);
  if (data.eventType !== 510) return;
  kycState.step = data.payload.value;
  if (data.payload.value === KycStep.Success) {
    kycState.reference = data.transactionReference;
  }
});
