// Yoti Doc Scan: a session with success/error URLs and a callback, an iframe URL built from the session token.
import axios from 'axios';

export async function startYotiSession(userId: string): Promise<{ redirectUrl: string; transactionReference: string }> {
  const { data } = await axios.post<{ session_id: string; client_session_token: string }>(
    'https://api.yoti.com/idverify/v1/sessions',
    {
      client_session_token_ttl: 600,
      user_tracking_id: userId,
      notifications: { endpoint: 'https://api.acme.example/webhooks/yoti', topics: ['SESSION_COMPLETION'] },
      sdk_config: { success_url: 'https://app.acme.example/verified', error_url: 'https://app.acme.example/verify-failed', locale: 'en-GB' },
    },
    { headers: { 'X-Yoti-Auth-Id': process.env.YOTI_SDK_ID! } },
  );
  return {
    redirectUrl: `https://api.yoti.com/idverify/v1/web/index.html?sessionID=${data.session_id}&sessionToken=${data.client_session_token}`,
    transactionReference: data.session_id,
  };
}
