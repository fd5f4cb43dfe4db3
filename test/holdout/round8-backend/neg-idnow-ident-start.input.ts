// IDnow AutoIdent: create an identification and send the user to IDnow's web flow.
import axios from 'axios';

const IDNOW_GATEWAY = 'https://gateway.idnow.de/api/v1';

export async function startIdnowIdent(companyId: string, transactionNumber: string, user: { first: string; last: string }) {
  const login = await axios.post(`${IDNOW_GATEWAY}/${companyId}/login`, { apiKey: process.env.IDNOW_API_KEY });
  const authToken: string = login.data.authToken;
  await axios.post(
    `${IDNOW_GATEWAY}/${companyId}/identifications/${transactionNumber}/start`,
    { firstname: user.first, lastname: user.last },
    { headers: { 'X-API-LOGIN-TOKEN': authToken } },
  );
  return {
    transactionReference: transactionNumber,
    redirectUrl: `https://go.idnow.de/${companyId}/identifications/${transactionNumber}`,
  };
}
