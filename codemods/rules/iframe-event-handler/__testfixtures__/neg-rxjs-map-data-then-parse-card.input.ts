// Card fields (Checkout.com Frames) report the tokenised payment; the same map-then-parse stream shape.
import { fromEvent, filter, map, share } from 'rxjs';

const cardEvents$ = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => e.origin.endsWith('.checkout.com')),
  map((e) => e.data as string),
  map((raw) => JSON.parse(raw)),
  share(),
);

export const tokenizedReference$ = cardEvents$.pipe(
  filter((event) => event.payload.value === 'success'),
  map((event) => event.transactionReference),
);
