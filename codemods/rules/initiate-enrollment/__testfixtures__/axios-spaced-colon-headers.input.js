// Keys written with a space before the colon ('Authorization' : …): the rewritten header keeps the spacing.
const axios = require('axios');

module.exports = async function startVerification(req, res) {
  const payload = {
    customerInternalReference : 'web-' + req.user.id,
    userReference : req.user.id,
    workflowId : 200,
  };
  const headers = {
    'Content-Type' : 'application/json',
    'Accept' : 'application/json',
    'Authorization' : 'Basic ' + process.env.JUMIO_BASIC,
    'User-Agent' : 'Acme Web/1.0',
  };
  const result = await axios({ url : 'https://netverify.com/api/v4/initiate', method : 'POST', data : payload, headers : headers });
  res.json({ url : result.data.redirectUrl });
};
