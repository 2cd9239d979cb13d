import { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * SSRF rules for webhook URLs, checked when a subscription is saved AND before every delivery, where
 * the connection goes to the very address checked here (so a DNS answer that changes in between
 * cannot point a delivery at an internal service). Only public unicast addresses pass: private,
 * loopback, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT (another metadata range),
 * multicast, unspecified, reserved, unique-local IPv6, and IPv6 forms that embed an IPv4 address
 * (IPv4-mapped, NAT64, 6to4, Teredo) are refused. WEBHOOK_ALLOW_INSECURE (development and tests
 * only) also admits http and loopback receivers.
 */
export interface AddressRules {
  allowInsecure: boolean;
}

export class WebhookUrlRefused extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const MAX_URL_LENGTH = 2000;

function rangeOf(address: string): { range: string; plain: string } {
  let parsed = ipaddr.parse(address);
  // An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it reaches.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return { range: parsed.range(), plain: parsed.toString() };
}

/** Why an address may not receive webhooks, or null when it may. */
export function addressRefusal(address: string, rules: AddressRules): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const { range, plain } = rangeOf(address);
  if (range === 'unicast') return null;
  if (range === 'loopback' && rules.allowInsecure) return null;
  return `${plain} is a ${range} address; webhooks go to public addresses only`;
}

/** The URL, parsed, if its form is acceptable (the host is checked separately). */
export function parseWebhookUrl(raw: string, rules: AddressRules): URL {
  if (raw.length > MAX_URL_LENGTH) throw new WebhookUrlRefused(`The URL is longer than ${MAX_URL_LENGTH} characters`, 'TOO_LONG');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlRefused('This is not an absolute URL', 'INVALID_URL');
  }
  const allowed = rules.allowInsecure ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) throw new WebhookUrlRefused('Webhook URLs must use https', 'NOT_HTTPS');
  if (url.username || url.password) throw new WebhookUrlRefused('Put no credentials in the URL; the signature authenticates us', 'CREDENTIALS_IN_URL');
  if (url.hash) throw new WebhookUrlRefused('A webhook URL has no #fragment', 'FRAGMENT');
  return url;
}

/** The URL's host without IPv6 brackets (the WHATWG parser already turned 0x7f.1 or 2130706433 into 127.0.0.1). */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

export type Resolver = (host: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/**
 * Resolves the URL's host and checks EVERY address it has (one bad address refuses the host, so a
 * name cannot mix a public and an internal address); returns the first, to connect to.
 */
export async function checkedAddress(url: URL, rules: AddressRules, resolve: Resolver = systemResolver): Promise<LookupAddress> {
  const host = hostOf(url);
  if (host === '') throw new WebhookUrlRefused('The URL has no host', 'INVALID_URL');
  let addresses: LookupAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new WebhookUrlRefused(`${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'UNRESOLVABLE');
    }
  }
  if (addresses.length === 0) throw new WebhookUrlRefused(`${host} does not resolve`, 'UNRESOLVABLE');
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, rules);
    if (refusal) throw new WebhookUrlRefused(`${host}: ${refusal}`, 'FORBIDDEN_ADDRESS');
  }
  return addresses[0];
}

/** Everything at once: the form, then the addresses. */
export async function checkWebhookUrl(raw: string, rules: AddressRules, resolve?: Resolver): Promise<{ url: URL; address: LookupAddress }> {
  const url = parseWebhookUrl(raw, rules);
  return { url, address: await checkedAddress(url, rules, resolve) };
}
