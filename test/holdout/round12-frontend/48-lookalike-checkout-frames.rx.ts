// Card fields (Checkout.com Frames) report the tokenised payment through postMessage; RxJS stream for the cart.
import { fromEvent, filter, map, share } from 'rxjs';

export interface CardFrameEvent {
  transactionReference: string;
  type: 'card-tokenized' | 'card-declined';
  payload: { value: string };
}

const cardEvents$ = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => e.origin.endsWith('.checkout.com')),
  map((e) => e.data as string),
  map((raw) => JSON.parse(raw) as CardFrameEvent),
  share(),
);

export const tokenizedReference$ = cardEvents$.pipe(
  filter((event) => event.type === 'card-tokenized'),
  map((event) => event.transactionReference),
);
