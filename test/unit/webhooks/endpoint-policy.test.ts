import { addressAllowed, endpointProblem } from '../../../functions/webhooks/endpoint-policy.ts';
import { subscribed } from '../../../shared/contract/webhooks.ts';

describe('webhook endpoints', () => {
  it.each([
    ['https://hooks.example.com/gascare', false, undefined],
    ['https://203.0.113.10:8443/in', false, undefined],
    ['http://hooks.example.com/in', false, /must be https/],
    ['http://localhost:4000/in', true, undefined],
    ['http://127.0.0.1:4000/in', true, undefined],
    ['http://localhost:4000/in', false, /localhost is for development/],
    ['https://10.1.2.3/in', false, /public address/],
    ['https://192.168.1.5/in', false, /public address/],
    ['https://169.254.169.254/latest/meta-data', false, /public address/],
    ['https://[fd00::1]/in', false, /public address/],
    ['https://[::ffff:10.0.0.1]/in', false, /public address/],
    ['https://user:pw@hooks.example.com/in', false, /credentials/],
    ['ftp://hooks.example.com/in', false, /https/],
  ])('%s (loopback allowed: %p)', (url, allowLoopback, problem) => {
    const got = endpointProblem(url, { allowLoopback });
    if (problem) expect(got).toMatch(problem);
    else expect(got).toBeUndefined();
  });

  it.each([
    ['8.8.8.8', true],
    ['2001:4860:4860::8888', true],
    ['10.0.0.1', false],
    ['172.20.0.1', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::', false],
    ['fe80::1', false],
    ['::ffff:192.168.0.1', false],
    ['127.0.0.1', false],
    ['not-an-ip', false],
  ])('address %s allowed: %p', (address, allowed) => {
    expect(addressAllowed(address, { allowLoopback: false })).toBe(allowed);
  });

  it.each([
    [['*'], 'customer.created', true],
    [['*'], 'policy.scheduled', false], // internal events are never delivered
    [['*'], 'webhook.delivery-requested', false],
    [['ticket.*'], 'ticket.dispatch', true],
    [['ticket.*'], 'customer.created', false],
    [['customer.*'], 'customer.lifecycle-changed', true],
    [['customer.created'], 'customer.updated', false],
    [['reading.exception'], 'reading.exception', true],
  ])('patterns %p take %s: %p', (patterns, type, taken) => {
    expect(subscribed(patterns, type)).toBe(taken);
  });
});
