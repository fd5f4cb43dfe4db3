// Support file for request-promise-json.input.js.
module.exports = {
  JUMIO_RETRIEVAL: 'https://lon.netverify.com/api/netverify/v2/authentications',
};
