// Lazy routes of the identity feature (loaded from app.routes.ts under 'identity'). The identity check's success and
// error URLs are both /identity/return: the web client appends its outcome to the query. The guard keeps a bookmark
// of the page (no outcome in it) out, and the resolver confirms the outcome with the app's API before the page
// renders; the return component reads it from the route's data.
import { inject } from '@angular/core';
import { type CanActivateFn, type ResolveFn, Router, type Routes } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { IdentityApi } from './identity-api.service';

export type IdentityOutcome =
  | { kind: 'verified'; reference: string; confirmedAt: string }
  | { kind: 'failed'; reference: string | null; code: string | null; retryLater: boolean };

export const identityReturnGuard: CanActivateFn = ({ queryParamMap }) =>
  queryParamMap.has('transactionStatus') && queryParamMap.has('transactionReference')
    ? true
    : inject(Router).createUrlTree(['/identity']);

export const identityOutcomeResolver: ResolveFn<IdentityOutcome> = (route) => {
  const query = route.queryParamMap;
  const reference = query.get('transactionReference');
  const code = query.get('errorCode');

  if (query.get('transactionStatus') !== 'SUCCESS' || !reference) {
    return of<IdentityOutcome>({ kind: 'failed', reference, code, retryLater: code === '9836' });
  }

  return inject(IdentityApi)
    .confirm(reference)
    .pipe(
      map((confirmation): IdentityOutcome => ({ kind: 'verified', reference, confirmedAt: confirmation.confirmedAt })),
      catchError(() => of<IdentityOutcome>({ kind: 'failed', reference, code: null, retryLater: false })),
    );
};

export const IDENTITY_ROUTES: Routes = [
  {
    path: '',
    title: 'Verify your identity',
    loadComponent: () => import('./identity-start.component').then((m) => m.IdentityStartComponent),
  },
  {
    path: 'return',
    title: 'Identity check',
    canActivate: [identityReturnGuard],
    resolve: { outcome: identityOutcomeResolver },
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
    loadComponent: () => import('./identity-return.component').then((m) => m.IdentityReturnComponent),
  },
  {
    path: 'locked',
    title: 'Identity check paused',
    loadComponent: () => import('./identity-locked.component').then((m) => m.IdentityLockedComponent),
  },
];
