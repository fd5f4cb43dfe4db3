import { API } from 'aws-amplify';
import request from './web-request';

// The base URLs live elsewhere (aws-exports.js, a config module): only the legacy paths are spelled here.
export async function startFaceAuth(enrollmentReference) {
  const res = await API.post('netverifyApi', '/api/authentication/v1/web/initiate', {
    body: { enrollmentTransactionReference: enrollmentReference },
  });
  return res.redirectUrl;
}

export async function faceAuthResult(reference) {
  return request.json(`api/netverify/v2/authentications/${reference}?verbose=true`, { baseUrl: process.env.JUMIO_BASE });
}
