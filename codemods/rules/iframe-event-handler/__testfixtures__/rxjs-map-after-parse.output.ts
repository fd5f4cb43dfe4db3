import { Injectable } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { fromEvent } from 'rxjs';
import { filter, map, switchMap } from 'rxjs/operators';
import { of } from 'rxjs';
import { KycActions } from './kyc.actions';

@Injectable()
export class KycEffects {
  // NgRx: the effect's stream is never subscribed in the file; the last map reads the parsed event.
  readonly frameEvents$ = createEffect(() =>
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((event) => event.origin.endsWith('.jumio.ai')),
      map((event) => JSON.parse(event.data)),
      filter((data) => data.payload?.value !== 'loaded'),
      map((data) =>
        data.payload.value === 'success'
          ? KycActions.verified({ reference: data.workflowExecutionId })
          : KycActions.failed({ code: data.payload.metainfo?.code ?? null }),
      ),
    ),
  );

  readonly saved$ = createEffect(() =>
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((event) => event.origin.endsWith('.jumio.ai')),
      map((event) => JSON.parse(event.data)),
      switchMap((data) => of(KycActions.saved({ reference: data.workflowExecutionId }))),
      // After the projection the values are actions, not the event.
      filter((action) => action.transactionReference !== undefined),
    ),
  );
}
