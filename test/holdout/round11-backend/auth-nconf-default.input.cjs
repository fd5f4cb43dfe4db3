// nconf: the initiate URL comes from argv/env/file with the legacy endpoint as the default only.
const nconf = require('nconf');
const axios = require('axios');

nconf.argv().env({ separator: '__' }).file({ file: 'config/jumio.json' }).defaults({
  jumio: { initiateUrl: 'https://netverify.com/api/authentication/v1/web/initiate' },
});

async function startFaceLogin(user) {
  const { data } = await axios.post(
    nconf.get('jumio:initiateUrl'),
    { enrollmentTransactionReference: user.enrollment, userReference: user.id },
    { auth: { username: nconf.get('jumio:token'), password: nconf.get('jumio:secret') } },
  );
  return { url: data.redirectUrl, reference: data.transactionReference };
}

module.exports = { startFaceLogin };
