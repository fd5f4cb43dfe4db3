// Functional guard of the refund confirmation route.
import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

export const refundReturnGuard: CanActivateFn = (route) => {
  const router = inject(Router);
  if (route.queryParams['transactionStatus'] === 'REFUNDED') return true;
  return router.createUrlTree(['/orders'], { queryParams: { ref: route.queryParams['transactionReference'] } });
};
