import { signInStaff, DEMO } from '../support/accounts';
import { startTestStack } from '../support/test-stack';

export default async function globalSetup(): Promise<void> {
  const { info, stop } = await startTestStack('api');
  (globalThis as { __stopStack?: () => Promise<void> }).__stopStack = stop;
  process.env.CONCORDIA_TEST_STACK = JSON.stringify(info);
  process.env.CONCORDIA_ADMIN_COOKIES = (await signInStaff(info, DEMO.admin)).exportCookies();
}
