/**
 * Verifies that a request to the local server was sent by Alexa, as the platform requires of a skill
 * hosted as a web service: the signing certificate URL, the certificate chain, the body's signature and
 * the timestamp. Written here rather than taken from ask-sdk-express-adapter, whose verifiers fall short
 * where a server is exposed: its URL check lets dot segments through (`/echo.api/../x.pem`, `%2e%2e`),
 * its certificate fetch has no timeout and no size limit (a silent host holds the request, a huge body
 * exhausts memory), its certificate cache grows without bound, and its timestamp check accepts any time in
 * the future and an unparseable one. Node's own X509Certificate and crypto do the cryptography.
 */
import { verify as verifySignature, X509Certificate } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';

export class VerificationError extends Error {
  override readonly name = 'VerificationError';
}

/** Alexa's documented limits. */
const CERT_HOST = 's3.amazonaws.com';
const CERT_PATH_PREFIX = '/echo.api/';
const CERT_DOMAIN = 'echo-api.amazon.com';
export const TIMESTAMP_TOLERANCE_MS = 150_000;
/** Skill events (enablement, permissions, account linking) may arrive up to an hour after they happened. */
const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
const SKILL_EVENTS = new Set([
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
]);
export const CERT_FETCH_TIMEOUT_MS = 2000;
/** Alexa's chain is a few KB; anything much larger is not a certificate chain. */
export const CERT_MAX_BYTES = 32 * 1024;
const CERT_CACHE_LIMIT = 16;

/**
 * The certificate URL, normalised, or an error: https, host s3.amazonaws.com (any case), port 443 if
 * given, a path under /echo.api/, and no dot segment in the path as sent, encoded or not (a URL parser
 * would resolve `..` before the prefix check, so the check runs on the raw path).
 */
export function checkCertificateUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new VerificationError('SignatureCertChainUrl is not a URL');
  }
  if (url.protocol !== 'https:') throw new VerificationError('SignatureCertChainUrl must use https');
  if (url.hostname.toLowerCase() !== CERT_HOST) throw new VerificationError(`SignatureCertChainUrl must be on ${CERT_HOST}`);
  if (url.port !== '' && url.port !== '443') throw new VerificationError('SignatureCertChainUrl must use port 443');
  const rawPath = raw.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  const segments = rawPath.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/') || segment.includes('\\'))) {
    throw new VerificationError('SignatureCertChainUrl must not contain dot segments');
  }
  if (!url.pathname.startsWith(CERT_PATH_PREFIX)) throw new VerificationError(`SignatureCertChainUrl must be under ${CERT_PATH_PREFIX}`);
  return url;
}

/** |now − timestamp| within the tolerance, both ways; skill events may be up to an hour old. */
export function checkTimestamp(envelope: { request?: { type?: unknown; timestamp?: unknown } }, nowMs: number): void {
  const timestamp = envelope.request?.timestamp;
  const at = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  if (!Number.isFinite(at)) throw new VerificationError('request.timestamp is missing or not a date');
  const age = nowMs - at;
  if (age < -TIMESTAMP_TOLERANCE_MS) throw new VerificationError('request.timestamp is in the future');
  const limit = SKILL_EVENTS.has(String(envelope.request?.type)) ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS;
  if (age > limit) throw new VerificationError('request.timestamp is too old');
}

export type CertificateFetcher = (url: URL) => Promise<string>;

/** GET over https with a deadline and a size cap; `ca` only for tests with their own certificate authority. */
export function certificateFetcher(options: { timeoutMs?: number; maxBytes?: number; ca?: string } = {}): CertificateFetcher {
  const timeoutMs = options.timeoutMs ?? CERT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? CERT_MAX_BYTES;
  return (url) =>
    new Promise((resolve, reject) => {
      const request = httpsRequest(url, { method: 'GET', timeout: timeoutMs, ca: options.ca }, (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new VerificationError(`certificate URL answered ${response.statusCode}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) request.destroy(new VerificationError(`certificate chain larger than ${maxBytes} bytes`));
          else chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
      // `timeout` above is per idle socket; this one bounds the whole fetch (a slow drip never ends otherwise).
      const deadline = setTimeout(() => request.destroy(new VerificationError('certificate fetch timed out')), timeoutMs);
      request.on('close', () => clearTimeout(deadline));
      request.on('timeout', () => request.destroy(new VerificationError('certificate fetch timed out')));
      request.on('error', (error) =>
        reject(error instanceof VerificationError ? error : new VerificationError('certificate fetch failed')),
      );
      request.end();
    });
}

export interface VerifierOptions {
  fetcher?: CertificateFetcher;
  /** Trusted roots (PEM); default: Node's bundled Mozilla roots, as the platform's documentation asks. */
  roots?: readonly string[];
  now?: () => number;
}

function chainOf(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new VerificationError('no certificate at the certificate URL');
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new VerificationError('unreadable certificate at the certificate URL');
  }
}

export class AlexaRequestVerifier {
  private readonly fetcher: CertificateFetcher;
  private readonly roots: X509Certificate[];
  private readonly now: () => number;
  /** Verified leaf certificates by URL, least recently used first; bounded. */
  private readonly cache = new Map<string, X509Certificate>();

  constructor(options: VerifierOptions = {}) {
    this.fetcher = options.fetcher ?? certificateFetcher();
    this.roots = (options.roots ?? rootCertificates).map((pem) => new X509Certificate(pem));
    this.now = options.now ?? Date.now;
  }

  /** Resolves when the raw body and headers are a request Alexa signed; rejects with a VerificationError otherwise. */
  async verify(body: string, headers: Record<string, string | string[] | undefined>, envelope: object): Promise<void> {
    checkTimestamp(envelope, this.now());
    const urlHeader = headers.signaturecertchainurl;
    const signature = headers['signature-256'];
    if (typeof urlHeader !== 'string' || typeof signature !== 'string') {
      throw new VerificationError('missing SignatureCertChainUrl or Signature-256 header');
    }
    const url = checkCertificateUrl(urlHeader);
    const leaf = await this.certificate(url.href);
    if (!verifySignature('sha256', Buffer.from(body, 'utf8'), leaf.publicKey, Buffer.from(signature, 'base64'))) {
      throw new VerificationError('the body does not match its signature');
    }
  }

  private async certificate(url: string): Promise<X509Certificate> {
    const cached = this.cache.get(url);
    if (cached && this.validNow(cached)) {
      this.cache.delete(url);
      this.cache.set(url, cached);
      return cached;
    }
    const chain = chainOf(await this.fetcher(new URL(url)));
    const leaf = chain[0]!;
    this.checkChain(chain);
    if (this.cache.size >= CERT_CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(url, leaf);
    return leaf;
  }

  private validNow(certificate: X509Certificate): boolean {
    const now = this.now();
    return Date.parse(certificate.validFrom) <= now && now <= Date.parse(certificate.validTo);
  }

  /** Leaf in date, naming echo-api.amazon.com, each certificate signed by the next, the last by a trusted root. */
  private checkChain(chain: X509Certificate[]): void {
    const leaf = chain[0]!;
    if (!this.validNow(leaf)) throw new VerificationError('signing certificate expired or not yet valid');
    if (!(leaf.subjectAltName ?? '').split(/,\s*/).includes(`DNS:${CERT_DOMAIN}`)) {
      throw new VerificationError(`signing certificate does not name ${CERT_DOMAIN}`);
    }
    for (let i = 0; i < chain.length; i++) {
      const certificate = chain[i]!;
      if (!this.validNow(certificate)) throw new VerificationError('a certificate of the chain expired or is not yet valid');
      const issuer = chain[i + 1];
      if (issuer) {
        if (!certificate.checkIssued(issuer) || !certificate.verify(issuer.publicKey)) {
          throw new VerificationError('the certificate chain is broken');
        }
        continue;
      }
      const root = this.roots.find((candidate) => certificate.checkIssued(candidate) && certificate.verify(candidate.publicKey));
      if (!root) throw new VerificationError('the certificate chain does not lead to a trusted root');
    }
  }
}
