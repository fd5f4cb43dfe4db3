import axios from 'axios';

const verifyAddress = 'https://netverify.com/api/v4/initiate';

export const handler = (event) =>
  axios
    .post(verifyAddress, { customerInternalReference: event.userId, workflowId: 201, locale: event.locale }, {
      headers: { 'User-Agent': 'lambda/1', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
    })
    .then((res) => ({ statusCode: 200, body: JSON.stringify({ link: res.data.redirectUrl }) }))
    .catch((e) => ({ statusCode: 500, body: String(e) }));
