import { BlockList } from 'node:net';
import fc from 'fast-check';
import { addressKey } from './address-key';

describe('addressKey', () => {
  it('keeps IPv4 addresses, also IPv4-mapped ones', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
  });

  it('names an IPv6 address by its /64, whatever the notation', () => {
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:0DB8:0000:0000:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('has a key even without an address', () => {
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('')).toBe('unknown');
  });

  it('puts every IPv6 address inside the /64 its key names, and no address of another /64', () => {
    const ipv6 = fc.ipV6().filter((a) => addressKey(a).endsWith('/64')); // IPv4-mapped ones are keyed as IPv4
    fc.assert(
      fc.property(ipv6, ipv6, (address, other) => {
        const key = addressKey(address);
        const subnet = new BlockList();
        subnet.addSubnet(key.replace('::/64', '::'), 64, 'ipv6');
        expect(subnet.check(address, 'ipv6')).toBe(true);
        expect(subnet.check(other, 'ipv6')).toBe(addressKey(other) === key);
      }),
      { seed: 20260302, numRuns: 500 },
    );
  });
});
