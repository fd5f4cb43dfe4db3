// ID Verification's performNetverify (images sent by the server; another Jumio product), EU, through got.
import got from 'got';

export async function performNetverify(frontImage, faceImage, merchantIdScanReference) {
  return got
    .post('https://lon.netverify.com/api/netverify/v2/performNetverify', {
      json: { merchantIdScanReference, frontsideImage: frontImage, faceImage, country: 'DEU', idType: 'ID_CARD' },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
    })
    .json();
}
