const region = process.env.REGION;

function retrievalUrl(ref) {
  const url = `
    https://retrieval.lon.netverify.com/api/netverify/v2/authentications/${ref}`.trim();
  return url;
}

module.exports = { retrievalUrl, region };
