// The one module of the club app that talks to Jumio: the API host of each data centre and the Basic credentials
// of config.cjs. Callers pass the path and the body; the answer's body comes back.
const axios = require('axios');
const config = require('./config.cjs');

const HOSTS = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
};

function jumioPost(path, body, region) {
  return axios
    .post(HOSTS[region || 'us'] + path, body, {
      auth: { username: config.jumio.apiToken, password: config.jumio.apiSecret },
      headers: { Accept: 'application/json', 'User-Agent': config.jumio.userAgent },
    })
    .then(function (res) {
      return res.data;
    });
}

function jumioGet(path, region) {
  return axios
    .get(HOSTS[region || 'us'] + path, {
      auth: { username: config.jumio.apiToken, password: config.jumio.apiSecret },
      headers: { Accept: 'application/json', 'User-Agent': config.jumio.userAgent },
    })
    .then(function (res) {
      return res.data;
    });
}

module.exports = { jumioPost: jumioPost, jumioGet: jumioGet };
