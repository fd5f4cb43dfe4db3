// A spread copy that sets a field of the answer itself holds another value there: not followed (the answer leaves
// here, item), its reads stay as written.
const axios = require('axios');

exports.start = async function start(enrollment) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment },
    { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  const shown = { ...data, redirectUrl: '/verify/wait' };
  return shown.redirectUrl;
};
