import { Injectable } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';
import { CheckoutActions } from './checkout.actions';

@Injectable()
export class ThreeDsEffects {
  /** The issuer's 3-D Secure challenge frame reports its outcome through our ACS return page. */
  readonly challenge$ = createEffect(() =>
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((event) => event.origin === 'https://acs.issuer-bank.example'),
      map((event) => JSON.parse(event.data)),
      map((data) =>
        data.payload.value === 'success'
          ? CheckoutActions.authorised({ reference: data.transactionReference })
          : CheckoutActions.declined({ reason: data.payload.reason }),
      ),
    ),
  );
}
