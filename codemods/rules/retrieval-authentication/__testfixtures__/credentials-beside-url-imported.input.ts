// The same settings imported by name; API_SECRET is still read by the health check, so it stays.
import axios from 'axios';
import { US_ORIGIN, AUTHENTICATIONS_PATH, API_TOKEN, API_SECRET, USER_AGENT } from './netverify-endpoints.cjs';

export async function lookup(reference: string) {
  const { data } = await axios.get(`${US_ORIGIN}${AUTHENTICATIONS_PATH}/${reference}`, {
    auth: { username: API_TOKEN, password: API_SECRET },
    headers: { 'User-Agent': USER_AGENT },
  });
  return data.userReference;
}

export const credentialsConfigured = () => API_SECRET.length > 0;
