// SST v3 function: linked secrets through Resource; axios v4 initiate for onboarding (EU).
import { Resource } from 'sst';
import axios from 'axios';
import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const { customerId, locale } = JSON.parse(event.body ?? '{}');
  const { data } = await axios.post(
    'https://lon.netverify.com/api/v4/initiate',
    {
      customerInternalReference: customerId,
      userReference: customerId,
      workflowId: 200,
      locale,
      successUrl: `https://${Resource.Web.url}/onboarding/done`,
      errorUrl: `https://${Resource.Web.url}/onboarding/error`,
    },
    {
      auth: { username: Resource.JumioApiToken.value, password: Resource.JumioApiSecret.value },
      headers: { 'User-Agent': 'Acme Neobank/6.0' },
    },
  );
  return { statusCode: 200, body: JSON.stringify({ url: data.redirectUrl, scanReference: data.transactionReference }) };
};
