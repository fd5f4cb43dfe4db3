// Nitro scheduled task (server/tasks): create verification links for imported customers; Nitro's auto-imported $fetch (EU).
export default defineTask({
  meta: { name: 'kyc:backfill', description: 'Create Jumio verification links for imported customers' },
  async run() {
    const { jumioToken, jumioSecret } = useRuntimeConfig();
    const pending = await useStorage('db').getItem<{ id: string; locale: string }[]>('kyc:pending');
    for (const customer of pending ?? []) {
      const session = await $fetch<{ redirectUrl: string; transactionReference: string }>('https://lon.netverify.com/api/v4/initiate', {
        method: 'POST',
        body: { customerInternalReference: customer.id, workflowId: 200, locale: customer.locale },
        headers: { Authorization: `Basic ${btoa(`${jumioToken}:${jumioSecret}`)}` },
      });
      await useStorage('db').setItem(`kyc:${customer.id}`, { link: session.redirectUrl, scan: session.transactionReference });
    }
    return { result: 'ok' };
  },
});
