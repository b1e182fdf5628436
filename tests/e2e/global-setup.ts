import { startTestStack } from '../support/test-stack';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const { info, stop } = await startTestStack('browser');
  process.env.CONCORDIA_TEST_STACK = JSON.stringify(info);
  return stop;
}
