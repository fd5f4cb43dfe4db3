// Mongoose schema method (CommonJS): a user document starts its own face login (US) and remembers the reference.
const mongoose = require('mongoose');
const axios = require('axios');

const AUTH_INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

const userSchema = new mongoose.Schema({
  email: String,
  jumioEnrollment: String,
  lastFaceLogin: String,
});

userSchema.methods.startFaceLogin = async function startFaceLogin(locale) {
  const { data } = await axios.post(
    AUTH_INITIATE_URL,
    {
      enrollmentTransactionReference: this.jumioEnrollment,
      userReference: this.id,
      locale,
      tokenLifetimeInMinutes: 15,
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      headers: { 'User-Agent': 'Acme Wallet/5.0' },
    },
  );
  this.lastFaceLogin = data.transactionReference;
  await this.save();
  return data.redirectUrl;
};

module.exports = mongoose.model('User', userSchema);
