// Client instances created once and imported by the modules that read the retrieval API (imported-instance-retrieval
// fixtures).
import axios from 'axios';
import got from 'got';

export const netverify = axios.create({
  baseURL: 'https://lon.netverify.com/api',
  auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
});

export const reportsGateway = axios.create({ baseURL: 'https://reports.internal.example.com' });

export default got.extend({ prefixUrl: process.env.JUMIO_BASE_URL, username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET });
