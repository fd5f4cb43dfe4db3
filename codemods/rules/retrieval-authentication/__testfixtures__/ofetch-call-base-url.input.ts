// A Nuxt server util: $fetch with the legacy host as the call's own baseURL option, after the headers.
interface AuthenticationDetails {
  transactionReference: string;
  userReference?: string;
}

export async function faceLoginUser(ref: string) {
  const details = await $fetch<AuthenticationDetails>(`/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}`, Accept: 'application/json' },
    baseURL: 'https://core-sgp.jumio.com',
  });
  return details.userReference;
}
