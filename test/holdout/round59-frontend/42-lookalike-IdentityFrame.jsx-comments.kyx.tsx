// Quenby & Hart private office — onboarding, "Verify your identity" (React 18, Prettier: semi false, double quotes).
// On the Jumio KYX web client since the 2024 platform move; the API now hands over the account's web.href.
import { useEffect } from "react"
import { useIdentitySession } from "./useIdentitySession"

interface KyxFrameEvent {
  accountId: string
  workflowExecutionId: string
  customerInternalReference: string
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
      if (!event.origin.endsWith(".jumio.ai")) return
      const data = JSON.parse(event.data) as KyxFrameEvent
      /* loaded → success | error; nothing else arrives */
      if (data.payload.value === "success") {
        onVerified(data.workflowExecutionId) // relationship managers look the check up by this id
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
      {/* Jumio KYX web client. No sandbox attribute: the client needs its own storage. */}
      <iframe
        // the account's web.href, as our API hands it over
        src={session.webHref}
        title="Identity check"
        className="identity-frame__iframe"
        /* fixed height: the client scrolls inside its own document */
        height={720}
        width="100%"
        allow="fullscreen; camera *; accelerometer; gyroscope; magnetometer" // camera * so the client's own sub-frames may use it too
        allowFullScreen={true}
      />
      {/* /Jumio */}
      <p className="identity-frame__help">
        {/* the number is the onboarding desk, not the general line */}
        Trouble with the camera? Call 020 7946 0544.
      </p>
    </section>
  )
}
