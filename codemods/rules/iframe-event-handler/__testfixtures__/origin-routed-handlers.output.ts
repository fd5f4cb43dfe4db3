// One window listener for the app's frames, routed by the sender's origin (a Map, and an object literal).
function onIdentityMessage(event: MessageEvent): void {
  const data = JSON.parse(event.data as string);
  if (data.payload.value === 'success') sessionStorage.setItem('identityReference', data.workflowExecutionId);
  if (data.payload.value === 'error') console.warn('identity check failed', data.payload.metainfo?.code);
}

function onCheckoutMessage(event: MessageEvent): void {
  const msg = JSON.parse(event.data as string);
  if (msg.status === 'succeeded') sessionStorage.setItem('paymentReference', msg.transactionReference);
}

const FRAME_ROUTES = new Map<string, (event: MessageEvent) => void>([
  ['https://acme.netverify.com', onIdentityMessage],
  ['https://checkout.paylink.example', onCheckoutMessage],
]);

window.addEventListener('message', (event) => FRAME_ROUTES.get(event.origin)?.(event));

const LEGACY_ROUTES: Record<string, (event: MessageEvent) => void> = {
  'https://acme.lon.netverify.com': (event) => {
    const data = JSON.parse(event.data as string);
    if (data.eventType === 510 && data.payload.value === 'success') console.log('verified', data.workflowExecutionId);
  },
};

export function listenLegacy(): () => void {
  const listener = (event: MessageEvent) => {
    const route = LEGACY_ROUTES[event.origin];
    if (route) route(event);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
