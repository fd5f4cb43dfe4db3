import { Injectable, inject } from '@angular/core';
import { Actions, createEffect } from '@ngrx/effects';
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';
import { KycActions } from './kyc.actions';

@Injectable()
export class KycEffects {
  private readonly actions$ = inject(Actions);

  /** Netverify posts its iframe events to the window as JSON strings. */
  readonly frameEvents$ = createEffect(() =>
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((event) => event.origin.endsWith('.netverify.com')),
      map((event) => JSON.parse(event.data)),
      filter((data) => data.payload?.value !== 'loaded'),
      map((data) =>
        data.payload.value === 'success'
          ? KycActions.verified({ reference: data.transactionReference })
          : KycActions.failed({ code: data.payload.metainfo?.code ?? null }),
      ),
    ),
  );
}
