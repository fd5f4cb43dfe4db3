import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async ({ query }) => {
  const status = String(query.transactionStatus ?? '');
  const reference = String(query.transactionReference ?? '');
  return { props: { verified: status === 'SUCCESS', reference } };
};
