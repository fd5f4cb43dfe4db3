import { registerAs } from '@nestjs/config';

export default registerAs('auth', () => ({
  jwtSecret: process.env.JWT_SECRET,
  tokenLifetimeInMinutes: Number(process.env.JWT_LIFETIME ?? 30),
  refreshTokenLifetimeInMinutes: 60 * 24 * 14,
  successUrl: process.env.LOGIN_SUCCESS_URL ?? 'https://app.example.com/welcome',
  errorUrl: process.env.LOGIN_ERROR_URL ?? 'https://app.example.com/login?error=1',
  callbackUrl: 'https://app.example.com/api/auth/callback',
}));
