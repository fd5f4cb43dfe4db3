// Sequelize model hook (CommonJS): every new customer gets an ID + Identity verification link (US).
const { DataTypes } = require('sequelize');
const axios = require('axios');

module.exports = (sequelize) => {
  const Customer = sequelize.define('Customer', {
    uuid: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4 },
    email: DataTypes.STRING,
    jumioScanRef: DataTypes.STRING,
    jumioUrl: DataTypes.STRING,
  });

  Customer.addHook('afterCreate', async (customer) => {
    const { data } = await axios.post(
      'https://netverify.com/api/v4/initiate',
      {
        customerInternalReference: customer.uuid,
        userReference: customer.uuid,
        workflowId: 200,
        successUrl: 'https://onboarding.acme-lend.example/done',
        callbackUrl: 'https://api.acme-lend.example/kyc/jumio-result',
      },
      {
        auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
        headers: { 'User-Agent': 'Acme Lend/3.0' },
      },
    );
    await customer.update({ jumioScanRef: data.transactionReference, jumioUrl: data.redirectUrl });
  });

  return Customer;
};
