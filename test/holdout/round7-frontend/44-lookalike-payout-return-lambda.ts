import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

// The bank's transfer confirmation page redirects back here (payout to a beneficiary).
export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const { transactionStatus, transactionReference, beneficiaryId } = event.queryStringParameters ?? {};
  const ok = transactionStatus === 'SUCCESS';
  return {
    statusCode: 302,
    headers: { Location: `/payouts/${beneficiaryId}?ok=${ok}&transfer=${transactionReference}` },
    body: '',
  };
};
