// A shared stream of the Netverify iframe events, consumed by several effects below.
import { fromEvent, Observable } from 'rxjs';
import { filter, map, share } from 'rxjs/operators';
import { store } from './store';
import { kycCompleted, kycFailed } from './kyc.slice';

export interface NetverifyMessage {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}

export const netverify$: Observable<NetverifyMessage> = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => e.origin.endsWith('.netverify.com')),
  map((e) => JSON.parse(e.data) as NetverifyMessage),
  share(),
);

netverify$
  .pipe(filter((m) => m.payload.value === 'success'))
  .subscribe((m) => store.dispatch(kycCompleted({ reference: m.transactionReference, at: m.dateTime })));

netverify$
  .pipe(filter((m) => m.payload.value === 'error'))
  .subscribe((m) => store.dispatch(kycFailed({ reference: m.transactionReference, code: m.payload.metainfo?.code })));
