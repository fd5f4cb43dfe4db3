// Client instances created once and imported by the modules that send the requests (imported-instance-* fixtures).
import axios from 'axios';
import got from 'got';
import ky from 'ky';

const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const jumioApi = axios.create({
  baseURL: 'https://lon.netverify.com/api',
  auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  timeout: 10_000,
});

export const jumioKy = ky.create({ prefixUrl: 'https://netverify.com/api/authentication/v1', headers: { Authorization: `Basic ${basic}` } });

export const kycGateway = axios.create({ baseURL: 'https://kyc.internal.example.com/api' });

export default got.extend({ prefixUrl: process.env.JUMIO_BASE_URL, username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET });
