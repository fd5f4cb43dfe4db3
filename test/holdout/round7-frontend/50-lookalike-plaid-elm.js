import { Elm } from './Main.elm';

const app = Elm.Main.init({ node: document.getElementById('app') });

app.ports.openPlaid.subscribe((linkToken) => {
  const handler = Plaid.create({
    token: linkToken,
    onSuccess: (public_token, metadata) => app.ports.plaidSuccess.send({ public_token, metadata }),
    onExit: (err) => app.ports.plaidExit.send(err ? err.error_code : null),
  });
  handler.open();
});

window.addEventListener('message', (e) => {
  if (e.origin !== 'https://cdn.plaid.com') return;
  const data = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
  app.ports.plaidEvent.send(data);
});
