import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

type Region = 'US' | 'EU' | 'SGP';

interface JumioResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

const collection = {
  async insertOne(doc: object): Promise<void> {
    void doc;
  },
  async findOne(query: Record<string, unknown>): Promise<unknown> {
    return query;
  },
};

// The TS AWS Lambda of the survey: a region switch returning three literal URLs, the response stored whole.
function initiateUrl(region: Region): string {
  switch (region) {
    case 'EU':
      return 'https://lon.netverify.com/api/v4/initiate';
    case 'SGP':
      return 'https://core-sgp.jumio.com/api/v4/initiate';
    default:
      return 'https://netverify.com/api/v4/initiate';
  }
}

export async function handler(event: { region: Region; userId: string }) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxOrigin = ({ 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai', 'https://netverify.com': 'https://account.amer-1.jumio.ai' } as Record<string, string>)[new URL(initiateUrl(event.region)).origin];
  const response = await axios.post(
    `${kyxOrigin}/api/v1/accounts`,
    { customerInternalReference: `kyc-${event.userId}`, userReference: event.userId, workflowDefinition: { key: 3 }, web: { locale: 'en' } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}`, 'User-Agent': 'Example Lambda/2.0' } },
  );
  const jumio = response.data as JumioResponse;
  // TODO(netverify-migrate): initiate-enrollment: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  await collection.insertOne({ userId: event.userId, jumioResponse: jumio });
  return { statusCode: 200, body: JSON.stringify({ redirectUrl: jumio.web.href }) };
}

export async function findByReference(reference: string) {
  // TODO(netverify-migrate): initiate-enrollment: "jumioResponse.transactionReference" queries the stored legacy response; documents stored from now on hold jumioResponse.workflowExecution.id: migrate the stored data or query both
  return collection.findOne({ 'jumioResponse.transactionReference': reference });
}
