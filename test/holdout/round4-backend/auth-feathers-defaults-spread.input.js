import axios from 'axios';

const JUMIO_DEFAULTS = {
  auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  headers: { Accept: 'application/json', 'User-Agent': 'Beacon Feathers/5.0' },
  timeout: 15000,
};

export class FaceAuthenticationService {
  constructor(options) {
    this.options = options;
  }

  async create(data, params) {
    const { user } = params;
    const response = await axios.post(
      'https://netverify.com/api/authentication/v1/web/initiate',
      {
        enrollmentTransactionReference: user.jumioEnrollmentRef,
        userReference: user._id.toString(),
        callbackUrl: this.options.callbackUrl,
        locale: data.locale,
      },
      { ...JUMIO_DEFAULTS, headers: { ...JUMIO_DEFAULTS.headers, 'X-Request-Id': params.requestId } },
    );
    return {
      redirectUrl: response.data.redirectUrl,
      transactionReference: response.data.transactionReference,
    };
  }
}

export const faceAuthHooks = {
  before: { create: [] },
  after: { create: [] },
};
