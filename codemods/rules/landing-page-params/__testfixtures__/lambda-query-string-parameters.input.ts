import type { APIGatewayProxyHandler } from 'aws-lambda';

// GET /identity/return: the successUrl / errorUrl of the identity verification (API Gateway + Lambda).
export const identityReturn: APIGatewayProxyHandler = async (event) => {
  const { transactionStatus, errorCode } = event.queryStringParameters ?? {};
  const reference = event.queryStringParameters?.transactionReference;
  return transactionStatus === 'SUCCESS'
    ? { statusCode: 302, headers: { Location: `/identity/ok?ref=${reference}` }, body: '' }
    : { statusCode: 302, headers: { Location: `/identity/failed?code=${errorCode}` }, body: '' };
};

// Express: the same fallback on req.query.
export function expressReturn(req: { query: Record<string, string> }, res: { redirect(u: string): void }) {
  const { transactionStatus: status, transactionReference: ref } = req.query || {};
  res.redirect(status === 'SUCCESS' ? `/identity/ok?ref=${ref}` : '/identity/failed');
}
