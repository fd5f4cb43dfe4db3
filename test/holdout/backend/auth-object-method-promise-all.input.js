import axios from 'axios';

const jumioCreds = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

export default {
  async startFace(user) {
    const [jumio, audit] = await Promise.all([
      axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: user.scanRef }, { auth: jumioCreds }),
      axios.post('https://audit.example.com/events', { type: 'face-login', user: user.id }),
    ]);
    return { url: jumio.data.redirectUrl, audited: audit.status === 200 };
  },
  initiateRaw(user) {
    return axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: user.scanRef }, { auth: jumioCreds });
  },
};
