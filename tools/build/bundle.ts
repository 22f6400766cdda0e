/**
 * The one recipe for the Lambda bundle: lambda/index.ts into dist/lambda/index.js (+ index.js.map) with
 * esbuild, plus the content files beside it. Used by `npm run build`, `npm run package`, the benchmark and
 * hooks/build.sh, so every artifact comes from here.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BESIDE_MODULES, besideModulesPlugin, DYNAMODB_CLIENT_FILE } from './besideModules';
import { phrasingsResolvedAtBuild } from './phrasingTable';

export { DYNAMODB_CLIENT_FILE };

export const ROOT = path.resolve(__dirname, '..', '..');
export const LAMBDA_OUT_DIR = path.join(ROOT, 'dist', 'lambda');
export const BUNDLE_FILE = path.join(LAMBDA_OUT_DIR, 'index.js');
export const SOURCE_MAP_FILE = `${BUNDLE_FILE}.map`;
export const CONTENT_DIR = path.join(ROOT, 'content');

/** What a build is made from: package version, short commit, and whether the work tree differs from it. */
export interface SourceVersion {
  name: string;
  version: string;
  commit: string;
  dirty: boolean;
  /** `<version>-<commit>[-dirty]`: names artifacts and is stamped into the bundle's log lines. */
  label: string;
}

export function sourceVersion(root: string = ROOT): SourceVersion {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  let commit = 'nogit';
  let dirty = false;
  try {
    commit = git(root, ['rev-parse', '--short=7', 'HEAD']);
    // Untracked files count: a new, uncommitted source file changes what gets built.
    dirty = git(root, ['status', '--porcelain']) !== '';
  } catch {
    // Not a git checkout (an unpacked archive): the artifact says so in its name.
  }
  return { name: pkg.name, version: pkg.version, commit, dirty, label: `${pkg.version}-${commit}${dirty ? '-dirty' : ''}` };
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

export interface BundleResult {
  file: string;
  /** The skill's bundle (index.js). */
  bytes: number;
  gzipBytes: number;
  /** dynamodb.js beside it, loaded only with a DynamoDB table. */
  clientBytes: number;
  clientGzipBytes: number;
  /** Every file beside it that is required on first use (besideModules.ts), with its bytes. */
  besideBytes: Record<string, number>;
  metafile: Metafile;
}

function mergeMetafiles(a: Metafile, b: Metafile): Metafile {
  return { inputs: { ...a.inputs, ...b.inputs }, outputs: { ...a.outputs, ...b.outputs } };
}

export interface BundleOptions {
  /** Write the bundle here instead of dist/lambda. */
  outDir?: string;
  /** Print nothing (for tests and the benchmark's own report). */
  quiet?: boolean;
  /** Stamped into every request log line as `build`; defaults to the work tree's version label. */
  buildLabel?: string;
}

export async function buildBundle(options: BundleOptions = {}): Promise<BundleResult> {
  const outDir = options.outDir ?? LAMBDA_OUT_DIR;
  // A clean folder: a stale file from an earlier build must never end up in a package.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'index.js');
  const buildLabel = options.buildLabel ?? sourceVersion().label;
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    // Minification would rename classes, and error names such as ConditionalCheckFailedException are
    // matched by name (and read in logs); keepNames preserves them for a few hundred bytes.
    keepNames: true,
    // 'linked': an external .map file plus the sourceMappingURL comment, so setting
    // NODE_OPTIONS=--enable-source-maps on the function maps stack traces without a rebuild.
    // No sourcesContent: the manifest names the commit, which has the sources; the map stays small.
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  } as const;
  const result = await build({
    ...common,
    entryPoints: [path.join(ROOT, 'lambda', 'index.ts')],
    outfile,
    // Which artifact wrote a log line, for incident reviews (lambda/observability/requestRecord.ts).
    define: { 'process.env.SKILL_BUILD': JSON.stringify(buildLabel) },
    plugins: [besideModulesPlugin, phrasingsResolvedAtBuild],
  });
  // The DynamoDB client ships with the bundle, not taken from the Lambda runtime's AWS SDK: loading that
  // means resolving and compiling a few hundred files at cold start, and its version is whatever the
  // runtime ships that day. It is the small client of dynamoDbWire.ts (why: see its comment), in its own
  // file so that only a run with a table loads it; besideModules.ts lists the other files built so.
  let metafile = result.metafile;
  for (const module of BESIDE_MODULES) {
    const beside = await build({ ...common, entryPoints: [module.entry], outfile: path.join(outDir, module.file) });
    metafile = mergeMetafiles(metafile, beside.metafile);
  }
  copyContent(path.join(outDir, 'content'));
  const code = readFileSync(outfile);
  const clientCode = readFileSync(path.join(outDir, DYNAMODB_CLIENT_FILE));
  const bundle: BundleResult = {
    file: outfile,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    clientBytes: clientCode.length,
    clientGzipBytes: gzipSync(clientCode, { level: 9 }).length,
    besideBytes: Object.fromEntries(BESIDE_MODULES.map((module) => [module.file, readFileSync(path.join(outDir, module.file)).length])),
    metafile,
  };
  writeFileSync(path.join(path.dirname(outDir), `${path.basename(outDir)}-meta.json`), JSON.stringify(bundle.metafile));
  if (!options.quiet) {
    console.log(`bundle ${path.relative(ROOT, outfile)}: ${formatBytes(bundle.bytes)} minified, ${formatBytes(bundle.gzipBytes)} gzip`);
    console.log(
      `  beside it ${DYNAMODB_CLIENT_FILE}: ${formatBytes(bundle.clientBytes)} minified, ${formatBytes(bundle.clientGzipBytes)} gzip (loaded only with a table)`,
    );
    for (const [file, bytes] of Object.entries(bundle.besideBytes)) {
      if (file !== DYNAMODB_CLIENT_FILE) console.log(`  beside it ${file}: ${formatBytes(bytes)} minified (loaded on first use)`);
    }
  }
  return bundle;
}

/**
 * Content ships beside the bundle (lambda/content/contentCatalog.ts reads one language on its first
 * request), minified: only each language's deck, question and pronunciation files.
 */
function copyContent(outDir: string): void {
  for (const language of readdirSync(CONTENT_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const target = path.join(outDir, language.name);
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(path.join(CONTENT_DIR, language.name))
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const data = JSON.parse(readFileSync(path.join(CONTENT_DIR, language.name, file), 'utf8')) as unknown;
      writeFileSync(path.join(target, file), JSON.stringify(data));
    }
  }
}

/**
 * The inputs that contribute most bytes to one output file (by default index.js, what every cold start
 * loads), grouped by package (or by lambda/ folder).
 */
export function largestInputs(metafile: Metafile, limit = 15, outputFile = 'index.js'): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const [name, output] of Object.entries(metafile.outputs)) {
    if (path.basename(name) !== outputFile) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = groupOf(input);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals.entries()]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, limit);
}

function groupOf(input: string): string {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = input.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const parts = input.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : input;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB (${bytes} B)` : `${bytes} B`;
}
