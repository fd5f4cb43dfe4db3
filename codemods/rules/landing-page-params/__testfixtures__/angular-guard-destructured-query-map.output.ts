import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

// The return page's guard: a visit without the identity check's outcome goes back to the start.
export const verificationReturnGuard: CanActivateFn = ({ queryParamMap }) =>
  queryParamMap.get('acquisitionStatus') === 'SUCCESS' && queryParamMap.has('workflowExecutionId')
    ? true
    : inject(Router).createUrlTree(['/verification']);
