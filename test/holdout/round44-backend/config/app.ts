// Public addresses of the online bank (EU), read by the routes that send customers back to us.
export default {
  publicUrl: process.env.PUBLIC_URL ?? 'https://online.tidewater-bank.example',
  supportEmail: 'identity@tidewater-bank.example',
};
