// RedwoodJS: web/src/pages/KycReturnPage/KycReturnPage.tsx — route <Route path="/kyc/return" page={KycReturnPage} name="kycReturn" />
import { useParams, navigate, routes } from '@redwoodjs/router'
import { useMutation } from '@redwoodjs/web'

const MARK_PENDING = gql`
  mutation MarkKycPending($reference: String!) {
    markKycPending(reference: $reference) { id }
  }
`

const KycReturnPage = () => {
  const { transactionStatus, transactionReference } = useParams()
  const [markPending] = useMutation(MARK_PENDING, { onCompleted: () => navigate(routes.dashboard()) })

  if (transactionStatus !== 'SUCCESS') {
    return <p>Your identity check did not complete. Please try again.</p>
  }
  return (
    <button onClick={() => markPending({ variables: { reference: transactionReference } })}>
      Continue
    </button>
  )
}

export default KycReturnPage
