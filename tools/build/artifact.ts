/**
 * Builds the bundle and writes the deployable zip
 * dist/fortune-cookie-<version>-<commit>[-dirty].zip: everything bundle.ts put in dist/lambda
 * (index.js, index.js.map, content/<lang>/*.json) plus manifest.json.
 *
 * Reproducible: built twice from the same commit with the same toolchain (Node.js and its zlib, esbuild),
 * the zip is byte-identical, so its hash identifies the artifact: entries in sorted order, one fixed
 * DOS timestamp (no extended-time field, so the local time zone does not leak in), fixed permissions,
 * fixed compression level, and a manifest with nothing time-dependent. The build time goes to a
 * sidecar file beside the zip (…​.build.json), outside the hash.
 *
 * Why yazl: it writes exactly the entries it is given with the timestamps and modes it is given,
 * and depends only on buffer-crc32; archiver (the other common choice) streams from globs through
 * eight dependencies and stamps entries with file times unless every option is overridden.
 *
 */
import { createHash } from 'node:crypto';
import { copyFileSync, createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { buildBundle, formatBytes, ROOT, type SourceVersion, sourceVersion } from './bundle';

/** 1980-01-01 00:00, the earliest DOS time, in local time: yazl encodes local time fields. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--: readable by the Lambda runtime user, the same on every machine. */
const FILE_MODE = 0o100644;
const COMPRESSION_LEVEL = 9;

export interface Manifest {
  name: string;
  version: string;
  commit: string;
  dirty: boolean;
  runtime: 'nodejs22.x';
  handler: 'index.handler';
  bundleBytes: number;
  bundleGzipBytes: number;
  bundleSha256: string;
  /** sha256 of every other file in the zip, by path. */
  files: Record<string, string>;
}

export interface PackageResult {
  zipPath: string;
  zipBytes: number;
  zipSha256: string;
  manifest: Manifest;
  sidecarPath: string;
}

export interface PackageOptions {
  /** Also copy the zip here (the ASK CLI's OUT_FILE). */
  out?: string;
  quiet?: boolean;
  /** Override the version taken from package.json and git (tests). */
  source?: SourceVersion;
  /** Where the bundle folder (`lambda/`) and the zip go; default dist/. Tests build elsewhere. */
  distDir?: string;
}

export async function packageArtifact(options: PackageOptions = {}): Promise<PackageResult> {
  const source = options.source ?? sourceVersion();
  const distDir = options.distDir ?? path.join(ROOT, 'dist');
  const bundle = await buildBundle({ quiet: options.quiet, buildLabel: source.label, outDir: path.join(distDir, 'lambda') });
  const code = readFileSync(bundle.file);
  const outDir = path.dirname(bundle.file);
  const files = filesUnder(outDir);
  if (!files.includes('index.js.map') || !files.some((file) => file.startsWith('content/'))) {
    throw new Error(`${outDir} lacks the source map or the content files`);
  }
  const contents = new Map(files.map((file) => [file, readFileSync(path.join(outDir, file))]));
  const manifest: Manifest = {
    name: source.name,
    version: source.version,
    commit: source.commit,
    dirty: source.dirty,
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    bundleBytes: bundle.bytes,
    bundleGzipBytes: bundle.gzipBytes,
    bundleSha256: sha256(code),
    files: Object.fromEntries(files.filter((file) => file !== 'index.js').map((file) => [file, sha256(contents.get(file)!)])),
  };
  const entries = new Map<string, Buffer>([...contents, ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);

  mkdirSync(distDir, { recursive: true });
  const zipPath = path.join(distDir, `${source.name}-${source.label}.zip`);
  await writeZip(zipPath, entries);
  const zip = readFileSync(zipPath);
  const zipSha256 = sha256(zip);

  const sidecarPath = zipPath.replace(/\.zip$/, '.build.json');
  writeFileSync(
    sidecarPath,
    `${JSON.stringify({ zip: path.basename(zipPath), zipSha256, builtAt: new Date().toISOString(), node: process.version, manifest }, null, 2)}\n`,
  );
  if (options.out) {
    mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    copyFileSync(zipPath, options.out);
  }
  if (!options.quiet) {
    console.log(`package ${path.relative(ROOT, zipPath)}: ${formatBytes(zip.length)}, sha256 ${zipSha256}`);
    if (options.out) console.log(`copied to ${options.out}`);
  }
  return { zipPath, zipBytes: zip.length, zipSha256, manifest, sidecarPath };
}

/** Files under `dir`, as sorted POSIX paths relative to it (zip entry names). */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

function writeZip(file: string, entries: Map<string, Buffer>): Promise<void> {
  const zip = new ZipFile();
  for (const name of [...entries.keys()].sort()) {
    zip.addBuffer(entries.get(name)!, name, {
      mtime: FIXED_MTIME,
      mode: FILE_MODE,
      compressionLevel: COMPRESSION_LEVEL,
      forceDosTimestamp: true,
    });
  }
  return new Promise((resolve, reject) => {
    const output = createWriteStream(file);
    output.on('close', () => resolve());
    output.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(output);
    zip.end();
  });
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
