// AdonisJS 6 service: the Jumio base URL comes from the app's config module (#config/jumio, set per environment); a
// v4 enrolment body (customerInternalReference + workflowId).
import jumioConfig from '#config/jumio';
import axios from 'axios';

export default class KycService {
  async start(customerId: string) {
    const { data } = await axios.post(
      `${jumioConfig.baseUrl}/api/v4/initiate`,
      { customerInternalReference: customerId, userReference: customerId, workflowId: 200 },
      { auth: { username: jumioConfig.token, password: jumioConfig.secret } },
    );
    return { link: data.redirectUrl as string, scanReference: data.transactionReference as string };
  }
}
