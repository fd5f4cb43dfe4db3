import type { GetServerSideProps } from 'next';

// A payment provider's return: the same names, but the provider's status values.
export const getServerSideProps: GetServerSideProps = async ({ query }) => {
  const status = String(query.transactionStatus ?? '');
  const reference = String(query.transactionReference ?? '');
  return { props: { paid: status === 'PAID', reference } };
};
