import { TenantStore } from '../../../shared/db/tenant-store.ts';
import { systemContext } from '../../../shared/tenancy.ts';

/** A job run's notices read the wording in force once (TenantStore.memo), not once a notice. */
describe('TenantStore.memo', () => {
  const fresh = () => new TenantStore(systemContext('demo', 'test', 'test'));

  it('loads once per key for the life of the store, and again in a new store (the next run)', async () => {
    let loads = 0;
    const load = async () => ++loads;
    const run = fresh();
    expect(await Promise.all([run.memo('a', load), run.memo('a', load), run.memo('a', load)])).toEqual([1, 1, 1]);
    expect(await run.memo('b', load)).toBe(2);
    expect(await fresh().memo('a', load)).toBe(3);
  });

  it('forgets a failed load, so the next call reads again', async () => {
    const run = fresh();
    await expect(run.memo('a', () => Promise.reject(new Error('throttled')))).rejects.toThrow('throttled');
    expect(await run.memo('a', async () => 'read again')).toBe('read again');
  });
});
