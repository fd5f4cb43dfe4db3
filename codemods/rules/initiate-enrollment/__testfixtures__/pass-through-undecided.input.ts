import axios from 'axios';

const JUMIO_BASE_URL = 'https://lon.netverify.com/api/v4';

// The body comes from the caller: enrolment or authentication cannot be told here.
export async function initiate(data: Record<string, unknown>) {
  const res = await axios.post(`${JUMIO_BASE_URL}/initiate`, data, { auth: { username: 'u', password: 'p' } });
  return res.data as unknown;
}
