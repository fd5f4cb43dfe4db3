// TypeScript CommonJS: `import axios = require('axios')` and the module's default export (`axios.default.post`).
import axios = require('axios');

export async function reauth(enrollmentRef: string, userRef: string): Promise<string> {
  const response = await axios.default.post<{ redirectUrl: string }>('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userRef,
  }, {
    auth: { username: process.env.JUMIO_TOKEN as string, password: process.env.JUMIO_SECRET as string },
  });
  return response.data.redirectUrl;
}
