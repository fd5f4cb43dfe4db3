// The other direction is still legacy: a map whose VALUES are legacy endpoints is reported, whatever its keys.
const ENDPOINTS = { 'https://account.amer-1.jumio.ai': 'https://netverify.com/api/v4/initiate' };

module.exports = { ENDPOINTS };
