import axios from 'axios';

export async function startOAuth(clientId: string) {
  const res = await axios.post('https://login.example.com/oauth/web/initiate', {
    client_id: clientId,
    redirect_uri: 'https://app.example.com/cb',
    redirectUrl: 'https://app.example.com/cb',
  });
  return res.data.redirectUrl as string;
}
