import type { TestStackInfo } from './test-stack';

/** The stack started by the global setup, passed to test workers through the environment. */
export function stack(): TestStackInfo {
  const raw = process.env.CONCORDIA_TEST_STACK;
  if (!raw) throw new Error('CONCORDIA_TEST_STACK is not set: run through the suite\'s global setup');
  return JSON.parse(raw) as TestStackInfo;
}
