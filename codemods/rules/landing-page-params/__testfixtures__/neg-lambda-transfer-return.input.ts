import type { APIGatewayProxyHandler } from 'aws-lambda';

// The bank redirects here after the customer approves the transfer to a payee.
export const transferReturn: APIGatewayProxyHandler = async (event) => {
  const { transactionStatus, transactionReference } = event.queryStringParameters ?? {};
  const ok = transactionStatus === 'SUCCESS';
  return { statusCode: 302, headers: { Location: `/transfers/${transactionReference}?ok=${ok}` }, body: '' };
};
