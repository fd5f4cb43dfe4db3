import { Injectable, OnDestroy } from '@angular/core';
import { Store } from '@ngrx/store';
import { Subject, fromEvent } from 'rxjs';
import { filter, map, takeUntil } from 'rxjs/operators';
import { kycCompleted, kycFailed } from './kyc.actions';

interface NetverifyMessage {
  transactionReference: string;
  payload: { value: string; metainfo?: { code: number } };
}

@Injectable({ providedIn: 'root' })
export class NetverifyEventsService implements OnDestroy {
  private readonly destroy$ = new Subject<void>();

  constructor(private readonly store: Store) {}

  start(): void {
    fromEvent<MessageEvent>(window, 'message')
      .pipe(
        filter((e) => e.origin.endsWith('.netverify.com')),
        map((e) => JSON.parse(e.data) as NetverifyMessage),
        filter((msg) => msg.payload.value !== 'loaded'),
        takeUntil(this.destroy$),
      )
      .subscribe((msg) => {
        if (msg.payload.value === 'success') {
          this.store.dispatch(kycCompleted({ reference: msg.transactionReference }));
        } else {
          this.store.dispatch(kycFailed({ code: msg.payload.metainfo?.code }));
        }
      });
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
