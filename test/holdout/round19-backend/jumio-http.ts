// The Jumio Netverify client shared by the identity services (EU data centre); credentials from the environment.
import axios from 'axios';

export const jumioHttp = axios.create({
  baseURL: 'https://lon.netverify.com/api',
  auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  headers: { 'User-Agent': 'Acme Identity/3.1', Accept: 'application/json' },
  timeout: 15_000,
});
