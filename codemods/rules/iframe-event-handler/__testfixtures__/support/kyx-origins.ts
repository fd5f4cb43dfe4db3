export default ['https://acme.web.emea-1.jumio.ai'];
