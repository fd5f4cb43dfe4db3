import axios from 'axios';

const NETVERIFY = 'https://netverify.com/api/authentication/v1/web/initiate';

function jumioRequest(data) {
  return {
    method: 'post',
    url: NETVERIFY,
    data,
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    headers: { 'User-Agent': 'Ledgerly/5.2' },
  };
}

export async function requestFaceCheck(member) {
  const res = await axios(jumioRequest({
    enrollmentTransactionReference: member.jumioEnrollment,
    userReference: member.memberNo,
  }));
  return res.data.redirectUrl;
}
