// Marketing site: one window listener for the embeds, routed by origin (a payment widget, YouTube).
function onPayWidget(event: MessageEvent): void {
  const data = JSON.parse(event.data as string);
  if (data.payload.value === 'success') sessionStorage.setItem('paymentReference', data.transactionReference);
}

function onYouTube(event: MessageEvent): void {
  const data = JSON.parse(event.data as string);
  if (data.event === 'onStateChange' && data.info === 0) console.log('video finished');
}

const EMBED_ROUTES = new Map<string, (event: MessageEvent) => void>([
  ['https://widget.paylink.example', onPayWidget],
  ['https://www.youtube.com', onYouTube],
]);

window.addEventListener('message', (event) => EMBED_ROUTES.get(event.origin)?.(event));
