// Marketing site: one window listener for the embeds, routed by origin (Calendly bookings, YouTube progress).
type EmbedHandler = (event: MessageEvent) => void;

function onCalendly(event: MessageEvent): void {
  if (event.data?.event === 'calendly.event_scheduled') {
    window.dataLayer?.push({ event: 'demo_booked', invitee: event.data.payload?.invitee?.uri });
  }
}

function onYouTube(event: MessageEvent): void {
  const data = JSON.parse(event.data as string);
  if (data.event === 'onStateChange' && data.info === 0) window.dataLayer?.push({ event: 'video_finished' });
}

const EMBED_ROUTES = new Map<string, EmbedHandler>([
  ['https://calendly.com', onCalendly],
  ['https://www.youtube.com', onYouTube],
]);

window.addEventListener('message', (event) => EMBED_ROUTES.get(event.origin)?.(event));
