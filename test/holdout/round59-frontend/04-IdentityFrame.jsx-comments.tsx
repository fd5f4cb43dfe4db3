// Pennock & Hale private banking — onboarding, "Verify your identity" (React 18, Prettier: semi false, double quotes).
import { useEffect } from "react"
import { useIdentitySession } from "./useIdentitySession"

interface NetverifyEvent {
  authorizationToken: string
  transactionReference: string
  eventType: number
  dateTime: string
  payload: { value: "loaded" | "success" | "error"; metainfo?: { code: number } }
}

interface Props {
  clientId: string
  onVerified(reference: string): void
  onFailed(code: number | null): void
}

export function IdentityFrame({ clientId, onVerified, onFailed }: Props) {
  const session = useIdentitySession(clientId) // POST /api/onboarding/identity-session

  useEffect(() => {
    function onMessage(event: MessageEvent<string>) {
      // the web client posts JSON strings; Intercom and the cookie banner post objects, from other origins
      if (!event.origin.endsWith(".netverify.com")) return
      const data = JSON.parse(event.data) as NetverifyEvent
      /* loaded → success | error; nothing else arrives */
      if (data.payload.value === "success") {
        onVerified(data.transactionReference) // relationship managers look the check up by this reference
      } else if (data.payload.value === "error") {
        onFailed(data.payload.metainfo?.code ?? null)
      }
    }
    window.addEventListener("message", onMessage)
    return () => window.removeEventListener("message", onMessage)
  }, [onVerified, onFailed])

  if (!session) return <p className="identity-frame__loading">Preparing your identity check…</p>

  return (
    <section className="identity-frame">
      {/* Jumio Netverify web client. No sandbox attribute: the client needs its own storage. */}
      <iframe
        // the session's redirectUrl, as our API hands it over
        src={session.redirectUrl}
        title="Identity check"
        className="identity-frame__iframe"
        /* fixed height: the client scrolls inside its own document */
        height={720}
        width="100%"
        allow="fullscreen; camera *" // camera * so the client's own sub-frames may use it too
        allowFullScreen={true}
      />
      {/* /Jumio */}
      <p className="identity-frame__help">
        {/* the number is the onboarding desk, not the general line */}
        Trouble with the camera? Call 020 7946 0318.
      </p>
    </section>
  )
}
