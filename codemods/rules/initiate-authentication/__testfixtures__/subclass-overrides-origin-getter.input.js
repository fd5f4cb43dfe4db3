// The EU client only overrides where the call goes: `this.origin` is the base's or the subclass's.
const axios = require('axios');

class FaceLogin {
  get origin() {
    return 'https://netverify.com';
  }

  async start(enrollmentReference, userId) {
    const { data } = await axios.post(`${this.origin}/api/authentication/v1/web/initiate`, {
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
    }, { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
    return data.redirectUrl;
  }
}

class EuFaceLogin extends FaceLogin {
  get origin() {
    return 'https://lon.netverify.com';
  }
}

module.exports = { faceLoginFor: (tenant) => (tenant.eu ? new EuFaceLogin() : new FaceLogin()) };
