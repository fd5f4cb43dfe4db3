import axios from 'axios';

type Region = 'US' | 'EU' | 'SGP';

interface JumioResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
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
  const response = await axios.post(
    initiateUrl(event.region),
    { customerInternalReference: `kyc-${event.userId}`, userReference: event.userId, workflowId: 200, locale: 'en' },
    { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}`, 'User-Agent': 'Example Lambda/2.0' } },
  );
  const jumio = response.data as JumioResponse;
  await collection.insertOne({ userId: event.userId, jumioResponse: jumio });
  return { statusCode: 200, body: JSON.stringify({ redirectUrl: jumio.redirectUrl }) };
}

export async function findByReference(reference: string) {
  return collection.findOne({ 'jumioResponse.transactionReference': reference });
}
