// Veriff sessions from a Feathers service (another vendor): the session URL and id under names Jumio also used.
import axios from 'axios';

export class VeriffSessionService {
  async create(data: { userId: string }) {
    const res = await axios.post(
      'https://stationapi.veriff.com/v1/sessions',
      { verification: { callback: 'https://api.acme.example/veriff/decision', vendorData: data.userId } },
      { headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY ?? '' } },
    );
    return { redirectUrl: res.data.verification.url, transactionReference: res.data.verification.id };
  }
}
