import fetch from 'isomorphic-unfetch';
import type { GetServerSideProps } from 'next';

// Starts an SSLCommerz checkout session on the server and sends the buyer to the hosted page.
export const getServerSideProps: GetServerSideProps = async ({ query }) => {
  const form = new URLSearchParams({
    store_id: process.env.SSLCZ_STORE_ID!,
    store_passwd: process.env.SSLCZ_STORE_PASSWORD!,
    total_amount: String(query.amount),
    currency: 'BDT',
    tran_id: String(query.order),
    success_url: 'https://shop.example.com/checkout/success',
    fail_url: 'https://shop.example.com/checkout/fail',
  });
  const res = await fetch('https://sandbox.sslcommerz.com/gwprocess/v4/api.php', { method: 'POST', body: form });
  const data = await res.json();
  return { redirect: { destination: data.GatewayPageURL, permanent: false } };
};

export default function Checkout() {
  return null;
}
