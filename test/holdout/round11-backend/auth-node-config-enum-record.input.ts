// Region from node-config (config/default.json: jumio.region), an enum of data centres and a Record map checked with
// satisfies; axios (every region).
import config from 'config';
import axios from 'axios';

enum DataCentre {
  US = 'US',
  EU = 'EU',
  SG = 'SG',
}

const INITIATE = {
  [DataCentre.US]: 'https://netverify.com/api/authentication/v1/web/initiate',
  [DataCentre.EU]: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
  [DataCentre.SG]: 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
} satisfies Record<DataCentre, string>;

export class FaceLoginService {
  async start(userId: string, enrollmentReference: string) {
    const dc = config.get<DataCentre>('jumio.region');
    const { data } = await axios.post(
      INITIATE[dc],
      { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      { auth: { username: config.get<string>('jumio.token'), password: config.get<string>('jumio.secret') } },
    );
    return { url: data.redirectUrl as string, reference: data.transactionReference as string };
  }
}
