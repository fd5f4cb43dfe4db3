import { Elm } from './Main.elm';

const app = Elm.Main.init({ node: document.getElementById('app') });

app.ports.openVerification.subscribe((redirectUrl) => {
  document.getElementById('jumio-frame').src = redirectUrl;
});

window.addEventListener('message', (e) => {
  if (!e.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(e.data);
  app.ports.jumioEvent.send(data);
});
