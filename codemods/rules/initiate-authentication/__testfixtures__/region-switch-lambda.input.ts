import axios from 'axios';
import type { JumioResponse } from './jumio-types';

type Region = 'US' | 'EU' | 'SG';

function authUrl(region: Region): string {
  switch (region) {
    case 'US':
      return 'https://netverify.com/api/authentication/v1/web/initiate';
    case 'EU':
      return 'https://lon.netverify.com/api/authentication/v1/web/initiate';
    case 'SG':
      return 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
  }
}

export const handler = async (event: { region: Region; enrollmentReference: string; userId: string }) => {
  const headers = {
    Authorization: `Basic ${process.env.JUMIO_AUTH_STRING}`,
    'User-Agent': 'Example Lambda/1.0',
  };
  const res = await axios.post<JumioResponse>(
    authUrl(event.region),
    { enrollmentTransactionReference: event.enrollmentReference, userReference: event.userId },
    { headers },
  );
  await saveRecord({ userId: event.userId, jumioResponse: res.data });
  return { statusCode: 200, body: JSON.stringify({ url: res.data.redirectUrl }) };
};

async function saveRecord(record: object): Promise<void> {
  void record;
}
