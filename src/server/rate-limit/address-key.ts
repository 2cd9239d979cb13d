import { isIPv6 } from 'node:net';

/** The 16-bit groups of an IPv6 address, `::` expanded (an embedded IPv4 tail counts as two groups). */
function ipv6Groups(address: string): number[] {
  const groups = (part: string): number[] => (part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? [0, 0] : [parseInt(g, 16)])));
  const [head, tail] = address.split('::');
  if (tail === undefined) return groups(head);
  const front = groups(head);
  const back = groups(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The rate-limit key of a client address: an IPv4 address as it is (also when IPv4-mapped), an IPv6
 * address by its /64, since a subscriber usually gets a whole /64 and could otherwise change address
 * for every request.
 */
export function addressKey(address: string | null | undefined): string {
  if (!address) return 'unknown';
  const plain = address.split('%')[0].toLowerCase(); // a zone id (fe80::1%eth0) names no other host
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  if (mapped) return mapped[1];
  if (!isIPv6(plain)) return plain;
  return `${ipv6Groups(plain)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
