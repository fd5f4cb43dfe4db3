// Nitro server route (defineEventHandler + the auto-imported $fetch): the Jumio base URL is runtime config, set per
// deployment through NUXT_JUMIO_BASE_URL.
export default defineEventHandler(async (event) => {
  const { jumio } = useRuntimeConfig(event);
  const user = await requireUserSession(event);
  const res = await $fetch<{ redirectUrl: string; transactionReference: string }>(`${jumio.baseUrl}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    body: { enrollmentTransactionReference: user.enrollment, userReference: user.id },
    headers: { Authorization: `Basic ${btoa(`${jumio.token}:${jumio.secret}`)}` },
  });
  await useStorage('face').setItem(user.id, res.transactionReference);
  return sendRedirect(event, res.redirectUrl, 303);
});
