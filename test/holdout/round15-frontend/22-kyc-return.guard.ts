// Functional guard of the identity check's return route: an error redirect goes to the retry page.
import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

export const kycReturnGuard: CanActivateFn = (route) => {
  const router = inject(Router);
  if (route.queryParams['transactionStatus'] === 'SUCCESS') return true;
  return router.createUrlTree(['/kyc/retry'], {
    queryParams: { ref: route.queryParams['transactionReference'], code: route.queryParams['errorCode'] },
  });
};
