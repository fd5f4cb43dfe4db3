// A Nuxt server utility: $fetch is auto-imported, and the instance it creates is called under its own name. The
// instance's retry count would resend the PUT (every KYX account PUT starts a workflow execution): the call gets
// retry: 0, and baseURL: '' over the legacy base.
const netverify = $fetch.create({ baseURL: 'https://netverify.com/api/', headers: { Accept: 'application/json' }, retry: 2 });

export async function faceLogin(enrollmentReference: string, userId: string) {
  const { redirectUrl } = await netverify<{ redirectUrl: string }>('authentication/v1/web/initiate', {
    method: 'POST',
    body: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    headers: { Authorization: `Basic ${useRuntimeConfig().jumioBasic}` },
  });
  return redirectUrl;
}
