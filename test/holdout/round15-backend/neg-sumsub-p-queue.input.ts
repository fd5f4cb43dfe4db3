// Sumsub access tokens through p-queue (another vendor; the same queued shape as the re-authentication campaign).
import PQueue from 'p-queue';
import crypto from 'node:crypto';

const queue = new PQueue({ concurrency: 2 });

export async function sumsubLink(userId: string) {
  const path = `/resources/sdkIntegrations/levels/-/websdkLink?levelName=face-auth&userId=${encodeURIComponent(userId)}`;
  const ts = Math.floor(Date.now() / 1000).toString();
  const sig = crypto.createHmac('sha256', process.env.SUMSUB_SECRET!).update(ts + 'POST' + path).digest('hex');
  const session = await queue.add(async () => {
    const res = await fetch('https://api.sumsub.com' + path, {
      method: 'POST',
      headers: { 'X-App-Token': process.env.SUMSUB_TOKEN!, 'X-App-Access-Sig': sig, 'X-App-Access-Ts': ts },
    });
    return (await res.json()) as { url: string };
  });
  return { redirectUrl: session!.url };
}
