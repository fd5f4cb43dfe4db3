// Sign in through an Auth0 popup (response_mode=web_message).
export function loginWithPopup(domain: string, clientId: string): Promise<{ code: string; state: string }> {
  const popup = window.open(`https://${domain}/authorize?client_id=${clientId}&response_mode=web_message&response_type=code`, 'auth0', 'width=400,height=600');
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== `https://${domain}`) return;
      if (event.data?.type !== 'authorization_response') return;
      window.removeEventListener('message', onMessage);
      popup?.close();
      if (event.data.response.error) reject(new Error(event.data.response.error_description));
      else resolve({ code: event.data.response.code, state: event.data.response.state });
    };
    window.addEventListener('message', onMessage);
  });
}
