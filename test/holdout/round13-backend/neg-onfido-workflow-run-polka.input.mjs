// Onfido Studio workflow run for a returning user (polka); Onfido's own words, no Jumio.
import polka from 'polka';
import { json } from '@polka/parse';

polka()
  .use(json())
  .post('/face-login/start', async (req, res) => {
    const response = await fetch('https://api.eu.onfido.com/v3.6/workflow_runs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` },
      body: JSON.stringify({
        workflow_id: process.env.ONFIDO_FACE_WORKFLOW,
        applicant_id: req.body.applicantId,
        link: { completed_redirect_url: 'https://travel.acme.example/face-login/done' },
      }),
    });
    const run = await response.json();
    res.writeHead(302, { Location: run.link.url, 'X-Transaction-Reference': run.id });
    res.end();
  })
  .listen(3002);
