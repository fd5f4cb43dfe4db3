// Nitro task: credentials destructured from useRuntimeConfig() (reads the app's configuration, nothing else) feed
// only the Basic header; once it is gone the destructuring goes too.
export default defineTask({
  meta: { name: 'kyc:backfill' },
  async run() {
    const { jumioToken, jumioSecret } = useRuntimeConfig();
    const session = await $fetch<{ redirectUrl: string; transactionReference: string }>('https://lon.netverify.com/api/v4/initiate', {
      method: 'POST',
      body: { customerInternalReference: 'backfill', workflowId: 200 },
      headers: { Authorization: `Basic ${btoa(`${jumioToken}:${jumioSecret}`)}` },
    });
    return { result: session.redirectUrl };
  },
});
