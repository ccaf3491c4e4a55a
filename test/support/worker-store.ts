/**
 * Each jest worker talks to a DynamoDB Local of its own (global-setup starts one per worker):
 * DynamoDB Local serialises its work behind one lock, so one worker's heavy import would
 * otherwise stall the other's tests into timeouts.
 */
const endpoints = (process.env.GASCARE_TEST_DYNAMODB_ENDPOINTS ?? '').split(',').filter(Boolean);
if (endpoints.length) process.env.GASCARE_TEST_DYNAMODB_ENDPOINT = endpoints[(Number(process.env.JEST_WORKER_ID ?? 1) - 1) % endpoints.length];
