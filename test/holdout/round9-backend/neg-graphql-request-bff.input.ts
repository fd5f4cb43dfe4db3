// The mobile BFF calls the app's own GraphQL API (whose resolver talks to Jumio) with graphql-request.
import { GraphQLClient, gql } from 'graphql-request';

const client = new GraphQLClient('https://api.northwind.example/graphql', {
  headers: { authorization: `Bearer ${process.env.BFF_SERVICE_TOKEN}` },
});

const START = gql`
  mutation StartFaceAuthentication($enrollmentTransactionReference: String!, $successUrl: String!) {
    startFaceAuthentication(enrollmentTransactionReference: $enrollmentTransactionReference, successUrl: $successUrl) {
      redirectUrl
      transactionReference
    }
  }
`;

export async function startFaceAuthForApp(enrollmentTransactionReference: string) {
  const data = await client.request<{ startFaceAuthentication: { redirectUrl: string; transactionReference: string } }>(START, {
    enrollmentTransactionReference,
    successUrl: 'northwind://face/done',
  });
  return data.startFaceAuthentication.redirectUrl;
}
