// A SvelteKit remote function: the request event's fetch taken from getRequestEvent().
import { command, getRequestEvent } from '$app/server';

export const startVerification = command(async () => {
  const { locals, fetch } = getRequestEvent();
  const res = await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${locals.jumioCredentials}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: locals.user.id, userReference: locals.user.id }),
  });
  const { redirectUrl } = await res.json();
  return redirectUrl;
});
