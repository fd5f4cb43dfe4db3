// Lazy routes of the sign-in feature (loaded from app.routes.ts under 'auth'). The identity provider's redirect URI is
// /auth/callback: it appends the authorization code and the state to the query. The guard keeps a bookmark of the
// page (no code in it) out, and the resolver exchanges the code with the app's API before the page renders; the
// callback component reads the session from the route's data.
import { inject } from '@angular/core';
import { type CanActivateFn, type ResolveFn, Router, type Routes } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { AuthApi } from './auth-api.service';
import { PkceStore } from './pkce.store';

export type SignInOutcome =
  | { kind: 'signed-in'; memberId: string; expiresAt: string }
  | { kind: 'failed'; error: string; description: string | null };

export const oauthCallbackGuard: CanActivateFn = ({ queryParamMap }) =>
  (queryParamMap.has('code') && queryParamMap.has('state')) || queryParamMap.has('error')
    ? true
    : inject(Router).createUrlTree(['/auth/sign-in']);

export const oauthCallbackResolver: ResolveFn<SignInOutcome> = (route) => {
  const query = route.queryParamMap;
  const pkce = inject(PkceStore);
  const error = query.get('error');

  if (error) {
    return of<SignInOutcome>({ kind: 'failed', error, description: query.get('error_description') });
  }
  if (query.get('state') !== pkce.state) {
    return of<SignInOutcome>({ kind: 'failed', error: 'state_mismatch', description: null });
  }

  return inject(AuthApi)
    .exchange(query.get('code') ?? '', pkce.verifier)
    .pipe(
      map((session): SignInOutcome => ({ kind: 'signed-in', memberId: session.memberId, expiresAt: session.expiresAt })),
      catchError(() => of<SignInOutcome>({ kind: 'failed', error: 'exchange_failed', description: null })),
    );
};

export const AUTH_ROUTES: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in',
    loadComponent: () => import('./sign-in.component').then((m) => m.SignInComponent),
  },
  {
    path: 'callback',
    title: 'Signing you in',
    canActivate: [oauthCallbackGuard],
    resolve: { outcome: oauthCallbackResolver },
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
    loadComponent: () => import('./oauth-callback.component').then((m) => m.OAuthCallbackComponent),
  },
  {
    path: 'signed-out',
    title: 'Signed out',
    loadComponent: () => import('./signed-out.component').then((m) => m.SignedOutComponent),
  },
];
