import { ResolveFn } from '@angular/router';

export interface KycOutcome {
  verified: boolean;
  reference: string | null;
}

// The identity check's success/error URL resolves the outcome from the redirect's query.
export const kycOutcomeResolver: ResolveFn<KycOutcome> = (route) => ({
  verified: route.queryParamMap.get('transactionStatus') === 'SUCCESS',
  reference: route.queryParamMap.get('transactionReference'),
});
