// Support module of openapi-indexed-response-type: openapi-typescript's output for the legacy initiate (abridged).
export interface paths {
  '/api/authentication/v1/web/initiate': {
    post: {
      requestBody: { content: { 'application/json': { enrollmentTransactionReference: string; userReference?: string } } };
      responses: { 200: { content: { 'application/json': { timestamp: string; redirectUrl: string; transactionReference: string } } } };
    };
  };
}
