export const authConfig = {
  tokenLifetimeInMinutes: 60,
  issuer: 'https://id.example.com',
  redirectUrl: 'https://app.example.com/after-login',
};

export function sign(payload: { userReference: string; successUrl: string }) {
  return { ...payload, exp: Date.now() / 1000 + authConfig.tokenLifetimeInMinutes * 60 };
}
