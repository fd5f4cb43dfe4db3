// The records-release confirmation page, rendered on the server (renderToString) by the release route.
type Props = { patientName: string; recipient: string; frameUrl: string; reference: string };

export function FaceLoginPage({ patientName, recipient, frameUrl, reference }: Props) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>Confirm the release of your records</title>
        <link rel="stylesheet" href="/static/portal.css" />
      </head>
      <body>
        <main className="release-confirm">
          <h1>Hi {patientName}, please confirm it is you</h1>
          <p>Your records will be sent to {recipient} once you confirm.</p>
          <iframe title="Face login" src={frameUrl} allow="camera;fullscreen" allowFullScreen width="100%" height="700" />
          <p className="muted">Reference {reference}</p>
        </main>
      </body>
    </html>
  );
}
