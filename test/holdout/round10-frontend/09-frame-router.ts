// One window listener for every embedded frame of the onboarding app, routed by the sender's origin.
type FrameHandler = (event: MessageEvent) => void;

function onIdentityMessage(event: MessageEvent): void {
  const data = JSON.parse(event.data as string);
  if (data.payload.value === 'success') {
    sessionStorage.setItem('identityReference', data.transactionReference);
    window.location.assign('/onboarding/identity/done');
  } else if (data.payload.value === 'error') {
    window.location.assign(`/onboarding/identity/failed?code=${data.payload.metainfo?.code ?? ''}`);
  }
}

function onCheckoutMessage(event: MessageEvent): void {
  const msg = JSON.parse(event.data as string);
  if (msg.status === 'succeeded') {
    sessionStorage.setItem('paymentReference', msg.transactionReference);
  }
}

const FRAME_ROUTES = new Map<string, FrameHandler>([
  ['https://acme.netverify.com', onIdentityMessage],
  ['https://checkout.paylink.example', onCheckoutMessage],
]);

export function startFrameRouter(): () => void {
  const listener = (event: MessageEvent) => FRAME_ROUTES.get(event.origin)?.(event);
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
