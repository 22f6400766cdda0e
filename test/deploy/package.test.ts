import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { type PackageResult, packageArtifact, sha256 } from '../../tools/build/artifact';

const ROOT = path.resolve(__dirname, '..', '..');

interface ZipEntry {
  name: string;
  mode: number;
  dosTime: number;
  dosDate: number;
  data: Buffer;
}

/** Reads a zip's central directory (enough for the few plain entries tools/build/artifact.ts writes). */
function readZip(zip: Buffer): ZipEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const dosTime = zip.readUInt16LE(offset + 12);
    const dosDate = zip.readUInt16LE(offset + 14);
    const compressed = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const mode = zip.readUInt32LE(offset + 38) >>> 16;
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressed);
    entries.push({ name, mode, dosTime, dosDate, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('npm run package', () => {
  let first: PackageResult;
  let second: PackageResult;
  let firstZip: Buffer;
  // Two separate folders of the same depth (the source map's relative paths depend on it), so the
  // test neither races with nor overwrites a developer's dist/.
  const folders = [mkdtempSync(path.join(tmpdir(), 'fortune-package-')), mkdtempSync(path.join(tmpdir(), 'fortune-package-'))];

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const timeZone = process.env.TZ;
    try {
      // Two builds from the same commit, in different time zones: the zip must not change.
      process.env.TZ = 'UTC';
      first = await packageArtifact({ quiet: true, distDir: folders[0] });
      firstZip = readFileSync(first.zipPath);
      process.env.TZ = 'Pacific/Auckland';
      second = await packageArtifact({ quiet: true, distDir: folders[1] });
    } finally {
      if (timeZone === undefined) delete process.env.TZ;
      else process.env.TZ = timeZone;
    }
  }, 60_000);

  test('is byte-identical when built twice from the same commit', () => {
    const secondZip = readFileSync(second.zipPath);
    expect(path.basename(second.zipPath)).toBe(path.basename(first.zipPath));
    expect(second.zipPath).not.toBe(first.zipPath);
    expect(second.zipSha256).toBe(first.zipSha256);
    expect(sha256(secondZip)).toBe(sha256(firstZip));
    expect(secondZip.equals(firstZip)).toBe(true);
  });

  test('is named after the package version and the git commit', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const commit = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    expect(path.basename(first.zipPath)).toBe(`fortune-cookie-${pkg.version}-${commit}${dirty ? '-dirty' : ''}.zip`);
    expect(first.manifest).toMatchObject({ name: 'fortune-cookie', version: pkg.version, commit, dirty });
  });

  test('holds index.js, the files beside it (DynamoDB client, ask-sdk-model, Powertools Logger), their source maps, the content files and the manifest, sorted, with fixed times and modes', () => {
    const entries = readZip(firstZip);
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(names.filter((name) => !name.startsWith('content/'))).toEqual([
      'ask-sdk-model.js',
      'ask-sdk-model.js.map',
      'dynamodb.js',
      'dynamodb.js.map',
      'index.js',
      'index.js.map',
      'manifest.json',
      'powertools-logger.js',
      'powertools-logger.js.map',
    ]);
    // The DynamoDB client that runs is the bundled one: nothing is resolved from the runtime's AWS SDK.
    for (const file of ['index.js', 'dynamodb.js', 'ask-sdk-model.js', 'powertools-logger.js']) {
      const code = entries.find((e) => e.name === file)!.data.toString('utf8');
      expect(code).not.toMatch(/require\("@aws-sdk\//);
      expect(code).not.toMatch(/require\("@smithy\//);
    }
    // The files beside it are required from it (tools/build/besideModules.ts), and nothing else from node_modules.
    const bundleCode = entries.find((e) => e.name === 'index.js')!.data.toString('utf8');
    for (const file of ['dynamodb.js', 'ask-sdk-model.js', 'powertools-logger.js']) expect(bundleCode).toContain(`require("./${file}")`);
    expect(bundleCode.match(/require\("[^".][^"]*"\)/g)?.filter((call) => !/^require\("(node:)?[a-z_]+"\)$/.test(call))).toEqual([]);
    // Every language's content, as lambda/content/contentCatalog.ts reads it beside the bundle.
    for (const language of ['en', 'de']) {
      for (const file of ['batch', 'delivery', 'fortunes', 'postmortems', 'pronunciations', 'questions', 'voice']) {
        expect(names).toContain(`content/${language}/${file}.json`);
      }
    }
    for (const entry of entries) {
      expect(entry.mode).toBe(0o100644);
      expect({ date: entry.dosDate, time: entry.dosTime }).toEqual({ date: (0 << 9) | (1 << 5) | 1, time: 0 });
    }
    const byName = new Map(entries.map((e) => [e.name, e.data]));
    const code = { data: byName.get('index.js')! };
    const map = { data: byName.get('index.js.map')! };
    const manifest = JSON.parse(byName.get('manifest.json')!.toString('utf8'));
    expect(manifest.bundleSha256).toBe(sha256(code.data));
    for (const [name, data] of byName) {
      if (name !== 'index.js' && name !== 'manifest.json') expect(manifest.files[name]).toBe(sha256(data));
    }
    expect(JSON.parse(byName.get('content/en/fortunes.json')!.toString('utf8')).items.length).toBeGreaterThan(0);
    expect(manifest.bundleBytes).toBe(code!.data.length);
    expect(manifest).toMatchObject({ runtime: 'nodejs22.x', handler: 'index.handler' });
    expect(manifest).not.toHaveProperty('builtAt');
    expect(code.data.toString('utf8')).toContain('//# sourceMappingURL=index.js.map');
    expect(JSON.parse(map.data.toString('utf8')).version).toBe(3);
  });

  test('keeps the build time in a sidecar file outside the zip', () => {
    const sidecar = JSON.parse(readFileSync(second.sidecarPath, 'utf8'));
    expect(Date.parse(sidecar.builtAt)).not.toBeNaN();
    expect(sidecar.zipSha256).toBe(second.zipSha256);
  });
});
