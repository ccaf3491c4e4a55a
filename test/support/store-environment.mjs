import { TestEnvironment } from 'jest-environment-node';
import process from 'node:process';
import { tsImport } from 'tsx/esm/api';

/**
 * The integration and e2e files' environment: each test file gets a DynamoDB Local of its own
 * (in memory), started before the file loads and stopped after its last afterAll.
 *
 * Why not one per jest worker: DynamoDB Local slows down with the data of the tables it has held,
 * deleted or not (measured: a 10-item transaction took 19 ms on a fresh one, 405 ms after 50k items
 * were written to a table since deleted, 891 ms after another 50k), so a worker's store grew slower
 * with every file and the last files of a run took many times their time alone. Starting one costs
 * about 2.5 s a file.
 *
 * Plain JavaScript because jest loads environments without the project's transform; tsx imports
 * the launcher, so there is one way to start the store (local/dynamo.ts).
 */
export default class StoreEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    const { startDynamoLocal } = await tsImport('../../local/dynamo.ts', import.meta.url);
    this.store = await startDynamoLocal();
    // The file's sandbox has its own copy of process.env; the worker's own is set too for the
    // children a test spawns without an env of its own.
    this.global.process.env.GASCARE_TEST_DYNAMODB_ENDPOINT = this.store.endpoint;
    process.env.GASCARE_TEST_DYNAMODB_ENDPOINT = this.store.endpoint;
  }

  async teardown() {
    await this.store?.stop();
    await super.teardown();
  }
}
