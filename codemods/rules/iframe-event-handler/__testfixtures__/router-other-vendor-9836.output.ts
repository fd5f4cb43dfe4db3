// One listener, two senders told apart by host: only the Jumio case's 9836 is Jumio's (flagged); the card
// acquirer's own 9836 in its case is left alone.
export function listen(notify: (text: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  switch (new URL(event.origin).hostname) {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    case 'acme.web.amer-1.jumio.ai': {
      const code = data.payload?.metainfo?.code;
      if (data.payload?.value === 'success') notify(`verified ${data.workflowExecutionId}`);
      // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
      else if (code === 9836) notify('Please try the face check again.');
      break;
    }
    case 'hpp.acquirer.example': {
      const code = data.payload?.metainfo?.code;
      if (data.payload?.value === 'authorised') notify(`paid ${data.transactionReference}`);
      else if (code === 9836) notify('Your bank did not answer in time.');
      break;
    }
  }
  });
}
