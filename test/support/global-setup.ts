/** Settings of every test file's process; the DynamoDB Local of a file is its environment's (store-environment.mjs). */
export default function globalSetup(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.LOG_LEVEL ??= 'ERROR';
  // Every reply a test provokes is checked against its route's response schemas (shared/http/handler.ts).
  process.env.GASCARE_CHECK_RESPONSES = '1';
}
