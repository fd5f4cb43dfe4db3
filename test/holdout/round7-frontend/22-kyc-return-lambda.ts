import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

// GET /kyc/return: the successUrl/errorUrl given to Jumio for the identity verification.
export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const { transactionStatus, transactionReference, errorCode } = event.queryStringParameters ?? {};
  const location =
    transactionStatus === 'SUCCESS'
      ? `https://app.example.com/kyc/ok?ref=${transactionReference}`
      : `https://app.example.com/kyc/failed?code=${errorCode ?? 'unknown'}`;
  return { statusCode: 302, headers: { Location: location }, body: '' };
};
