import axios from 'axios';

// The transform runs after axios's own (concat): its parameter is the parsed body, not the text — flagged, as is a
// transform set on an instance's config.
export async function startFaceLogin(enrollment, userId) {
  const { data } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment, userReference: userId },
    {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      transformResponse: axios.defaults.transformResponse.concat((body) => ({ link: body.redirectUrl })),
    },
  );
  return data.link;
}
