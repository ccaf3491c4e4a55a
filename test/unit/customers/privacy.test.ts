import { resetSecrets, loadMasterSecret } from '../../../shared/secrets.ts';
import { decryptField, encryptField, idNumberCheckChar, isValidIdNumber, maskIdNumber, maskPhone } from '../../../shared/privacy.ts';
import { customerListItem, customerView } from '../../../functions/customers/views.ts';
import type { Customer } from '../../../shared/entities/customer.ts';

describe('masking', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['057188886666', '057*****6666'],
    ['12345678', '123*5678'],
    ['1234567', '*****67'],
    ['', null],
    [undefined, null],
  ])('phone %p → %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ['11010519491231002X', '110***********002X'],
    ['110105491231002', '110********1002'],
    [null, null],
  ])('ID number %p → %p', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('views never carry a full phone, contact phone or ID number', () => {
    const customer = {
      id: '01J0000000000000000000000A',
      accountNumber: '0100000001',
      name: '王芳',
      class: 'residential',
      phone: '13812345678',
      contacts: [{ name: '李强', phone: '15987654321', relation: '子女' }],
      idNumberSealed: 'v1.x.y.z',
      idNumberMasked: '110***********002X',
      address: '幸福路88号3栋2单元501室',
      regionId: 'r-east',
      specialCare: { elderly: true, disabled: false, livingAlone: false },
      tags: [],
      lifecycle: { state: 'gas-on', contracts: {} },
      meters: [],
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } satisfies Customer;
    for (const view of [customerView(customer), customerListItem(customer)]) {
      const text = JSON.stringify(view);
      expect(text).not.toContain('13812345678');
      expect(text).not.toContain('15987654321');
      expect(text).not.toContain('v1.x.y.z');
      expect(view.phone).toBe('138****5678');
      expect(view.idNumber).toBe('110***********002X');
    }
  });
});

describe('ID numbers', () => {
  it('checks the GB 11643 check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105491231002')).toBe(true); // the old 15-digit form
    expect(isValidIdNumber('11010519491231002x')).toBe(false); // upper-case X only (the schema upper-cases)
    expect(isValidIdNumber('abc')).toBe(false);
  });
});

describe('field encryption (AES-256-GCM)', () => {
  beforeAll(async () => {
    resetSecrets();
    process.env.GASCARE_SECRET = 'unit-test-secret-unit-test-secret-0123456789';
    await loadMasterSecret();
  });
  afterAll(() => resetSecrets());

  it('round-trips, differs on every write, and is bound to its record', () => {
    const a = encryptField('11010519491231002X', 'demo:customer:A:idNumber');
    const b = encryptField('11010519491231002X', 'demo:customer:A:idNumber');
    expect(a).not.toBe(b);
    expect(a).not.toContain('11010519491231002X');
    expect(decryptField(a, 'demo:customer:A:idNumber')).toBe('11010519491231002X');
    expect(() => decryptField(a, 'demo:customer:B:idNumber')).toThrow();
    expect(() => decryptField(a, 'north:customer:A:idNumber')).toThrow();
    const [v, iv, tag, body] = a.split('.');
    const flipped = `${v}.${iv}.${tag}.${body!.slice(0, -2)}${body!.endsWith('A') ? 'B' : 'A'}${body!.slice(-1)}`;
    expect(() => decryptField(flipped, 'demo:customer:A:idNumber')).toThrow();
  });
});
