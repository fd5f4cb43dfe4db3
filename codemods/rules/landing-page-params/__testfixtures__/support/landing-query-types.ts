// Query types shared by the landing routes of typed-route-query.input.ts.
export interface KycLandingQuery {
  transactionStatus?: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
}

/** Already renamed by hand. */
export interface KycDoneQuery {
  acquisitionStatus?: 'SUCCESS' | 'ERROR';
  workflowExecutionId?: string;
}
