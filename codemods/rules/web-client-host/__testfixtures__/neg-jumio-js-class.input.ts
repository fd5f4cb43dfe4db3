// jumio-js: a class named JumioClient (not the v3 browser widget).
import { JumioClient } from './support/jumio-client.js';

const client = new JumioClient({ baseUrl: 'https://lon.netverify.com/api/', auth: { username: 'u', password: 'p' } });
export const settings = JumioClient.setVars ? 'widget' : 'api';
export default client;
