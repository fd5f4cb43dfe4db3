// Presets only when the user chose a document up front.
import axios from 'axios';

export async function createIdCheck({ userId, country, docType }) {
  const body = {
    customerInternalReference: userId,
    workflowId: 200,
    ...(country && docType ? { presets: [{ index: 1, country, type: docType }] } : {}),
  };
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', body, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return { link: data.redirectUrl, reference: data.transactionReference };
}
