// The initiate answer given to a model's constructor that keeps it whole (`this.#raw = raw`) and reads it in getters
// at any later time: not followed, it leaves whole at `new FaceLoginTicket(answer)` (an item). It passed silently.
const axios = require('axios');

class FaceLoginTicket {
  #raw;

  constructor(raw) {
    this.#raw = raw;
  }

  get url() {
    return this.#raw.redirectUrl;
  }
}

async function startTicket(client) {
  const { data: answer } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: client.enrollment,
    userReference: client.id,
  }, { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  return new FaceLoginTicket(answer);
}

module.exports = { startTicket };
