// SSRF rules with the development setting off: every spelling of an internal address is refused,
// whatever form the URL writes it in (the WHATWG parser normalises decimal, octal and hex IPv4, and
// IPv6 forms are judged by the address they reach), and public addresses pass.
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { WebhookUrlRefused, addressRefusal, checkWebhookUrl } from './address-guard';

const STRICT = { allowInsecure: false };
const DEV = { allowInsecure: true };
const noDns = () => Promise.reject(Object.assign(new Error('no DNS in this test'), { code: 'ENOTFOUND' }));

async function refusal(url: string, rules = STRICT): Promise<string | null> {
  try {
    await checkWebhookUrl(url, rules, noDns);
    return null;
  } catch (error) {
    if (error instanceof WebhookUrlRefused) return error.code;
    throw error;
  }
}

/** Internal IPv4 ranges: [first octets, prefix length]. */
const INTERNAL_V4: [number[], number][] = [
  [[127], 8],
  [[10], 8],
  [[172, 16], 12],
  [[192, 168], 16],
  [[169, 254], 16], // link-local: cloud metadata (169.254.169.254)
  [[100, 64], 10], // carrier-grade NAT (also a metadata range)
  [[0], 8],
  [[224], 4],
  [[255, 255, 255, 255], 32],
];

const toInt = (octets: number[]) => octets.reduce((n, o) => n * 256 + o, 0);
const octetsOf = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

const internalV4 = fc.constantFrom(...INTERNAL_V4).chain(([start, prefix]) => {
  const base = toInt([...start, 0, 0, 0, 0].slice(0, 4));
  const size = 2 ** (32 - prefix);
  return fc.integer({ min: 0, max: size - 1 }).map((offset) => (base + offset) >>> 0);
});

/** Ways a URL may write one IPv4 address. */
const V4_FORMS: ((n: number) => string)[] = [
  (n) => octetsOf(n).join('.'),
  (n) => String(n),
  (n) => `0x${n.toString(16)}`,
  (n) =>
    octetsOf(n)
      .map((o) => `0${o.toString(8)}`)
      .join('.'),
  (n) =>
    octetsOf(n)
      .map((o) => `0x${o.toString(16)}`)
      .join('.'),
  (n) => `${n >>> 24}.${n & 0xffffff}`,
  (n) => `[::ffff:${octetsOf(n).join('.')}]`,
  (n) => `[::ffff:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}]`,
  (n) => `[0:0:0:0:0:ffff:${octetsOf(n).join('.')}]`,
  (n) => `[64:ff9b::${octetsOf(n).join('.')}]`,
];

const INTERNAL_V6 = [
  '::1',
  '0:0:0:0:0:0:0:1',
  '::0001',
  '::',
  'fe80::1',
  'febf::abcd',
  'fc00::1',
  'fd00:ec2::254',
  'ff02::1',
  '2002:7f00:1::',
  '2001:0::1',
  '100::1',
];

describe('webhook URL rules (development setting off)', () => {
  it('refuses every internal IPv4 address in every form', async () => {
    await fc.assert(
      fc.asyncProperty(internalV4, fc.constantFrom(...V4_FORMS), async (n, form) => {
        expect(await refusal(`https://${form(n)}/hook`)).toBe('FORBIDDEN_ADDRESS');
      }),
      { numRuns: 400 },
    );
  });

  it('decides any IPv4 address the same way in every form, by its range', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom(...V4_FORMS.slice(0, 6)), async (n, form) => {
        const canonical = octetsOf(n).join('.');
        const expected = ipaddr.parse(canonical).range() === 'unicast' ? null : 'FORBIDDEN_ADDRESS';
        expect(await refusal(`https://${form(n)}/`)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses loopback, unspecified, link-local, unique-local, multicast and IPv4-embedding IPv6 forms', async () => {
    for (const address of INTERNAL_V6) expect([address, await refusal(`https://[${address}]/`)]).toEqual([address, 'FORBIDDEN_ADDRESS']);
    expect(addressRefusal('::ffff:169.254.169.254', STRICT)).toMatch(/linkLocal/);
  });

  it('accepts public addresses over https only, and refuses credentials, fragments and other schemes', async () => {
    expect(await refusal('https://8.8.8.8/hook')).toBeNull();
    expect(await refusal('https://[2606:4700:4700::1111]/hook')).toBeNull();
    expect(await refusal('http://8.8.8.8/hook')).toBe('NOT_HTTPS');
    expect(await refusal('ftp://8.8.8.8/')).toBe('NOT_HTTPS');
    expect(await refusal('file:///etc/passwd')).toBe('NOT_HTTPS');
    expect(await refusal('https://user:pw@8.8.8.8/')).toBe('CREDENTIALS_IN_URL');
    expect(await refusal('https://8.8.8.8/#x')).toBe('FRAGMENT');
    expect(await refusal('not a url')).toBe('INVALID_URL');
    expect(await refusal(`https://8.8.8.8/${'a'.repeat(2000)}`)).toBe('TOO_LONG');
    expect(await refusal('https://no-such-host.invalid/')).toBe('UNRESOLVABLE');
  });

  it('refuses a name when any of its addresses is internal (a name cannot mix public and internal)', async () => {
    const mixed = () =>
      Promise.resolve([
        { address: '8.8.8.8', family: 4 },
        { address: '10.1.2.3', family: 4 },
      ]);
    await expect(checkWebhookUrl('https://mixed.example/', STRICT, mixed)).rejects.toMatchObject({ code: 'FORBIDDEN_ADDRESS' });
  });

  it('with the development setting, admits http and loopback, but still nothing private or link-local', async () => {
    expect(await refusal('http://127.0.0.1:9/hook', DEV)).toBeNull();
    expect(await refusal('http://[::1]:9/hook', DEV)).toBeNull();
    expect(await refusal('http://169.254.169.254/', DEV)).toBe('FORBIDDEN_ADDRESS');
    expect(await refusal('http://192.168.1.1/', DEV)).toBe('FORBIDDEN_ADDRESS');
  });
});
