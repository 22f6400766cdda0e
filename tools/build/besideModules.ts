/**
 * Modules the Lambda bundle does not carry inside index.js but in their own files beside it, required
 * the first time they are needed: a cold start that does not need one does not parse or run it.
 *
 * - dynamodb.js: the store's DynamoDB client (lambda/persistence/dynamoDbWire.ts in place of
 *   lambda/persistence/awsSdk.ts), needed only with a table.
 * - powertools-logger.js: Powertools Logger, needed on the first warning or error
 *   (lambda/observability/logger.ts requires it then); an answered request logs only its request line.
 * - ask-sdk-model.js: ask-sdk-model's generated service clients (62 KB minified, classes of services the
 *   skill never calls: its one Alexa API call, the Settings API's time zone, is lambda/services/settingsApi.ts).
 *   ask-sdk-core's CustomSkill takes `services.ServiceClientFactory` from it when it loads; the bundle gives
 *   it a stand-in with the same methods that requires the real module if a service client is ever asked
 *   for (a skill built with `withApiClient`). Skipping its load and class set-up was ~15M instructions of
 *   every cold start (docs/performance.md).
 */
import path from 'node:path';
import { services } from 'ask-sdk-model';
import type { Plugin } from 'esbuild';

export interface BesideModule {
  /** The file beside index.js. */
  file: string;
  /** What the file is built from. */
  entry: string;
}

const ROOT = path.resolve(__dirname, '..', '..');

export const DYNAMODB_CLIENT_FILE = 'dynamodb.js';
export const POWERTOOLS_LOGGER_FILE = 'powertools-logger.js';
export const ASK_SDK_MODEL_FILE = 'ask-sdk-model.js';

export const BESIDE_MODULES: readonly BesideModule[] = [
  { file: DYNAMODB_CLIENT_FILE, entry: path.join(ROOT, 'lambda', 'persistence', 'dynamoDbWire.ts') },
  { file: POWERTOOLS_LOGGER_FILE, entry: require.resolve('@aws-lambda-powertools/logger') },
  { file: ASK_SDK_MODEL_FILE, entry: require.resolve('ask-sdk-model') },
];

const STAND_IN_NAMESPACE = 'ask-sdk-model-stand-in';

/**
 * The stand-in for ask-sdk-model inside the bundle: `services.ServiceClientFactory` with every method
 * of the real one (read from the installed package at build time), each creating the real factory on
 * first use. Nothing else of ask-sdk-model is read at run time (the skill imports only its types).
 */
export function askSdkModelStandIn(): string {
  const methods = Object.getOwnPropertyNames(services.ServiceClientFactory.prototype).filter((name) => name !== 'constructor');
  return `let real;
const model = () => (real ??= require("./${ASK_SDK_MODEL_FILE}"));
class ServiceClientFactory {
  constructor(config) { this.config = config; }
}
for (const method of ${JSON.stringify(methods)}) {
  ServiceClientFactory.prototype[method] = function () {
    this.real ??= new (model().services.ServiceClientFactory)(this.config);
    return this.real[method]();
  };
}
module.exports = { services: { ServiceClientFactory } };
`;
}

/** For the bundle's build: imports of these modules become run-time requires of the files beside it. */
export const besideModulesPlugin: Plugin = {
  name: 'beside-modules',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/awsSdk$/ }, () => ({ path: `./${DYNAMODB_CLIENT_FILE}`, external: true }));
    pluginBuild.onResolve({ filter: /^@aws-lambda-powertools\/logger$/ }, () => ({ path: `./${POWERTOOLS_LOGGER_FILE}`, external: true }));
    pluginBuild.onResolve({ filter: /^ask-sdk-model$/ }, () => ({ path: 'ask-sdk-model', namespace: STAND_IN_NAMESPACE }));
    pluginBuild.onResolve({ filter: new RegExp(`^\\./${ASK_SDK_MODEL_FILE.replace('.', '\\.')}$`) }, (args) => ({
      path: args.path,
      external: true,
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: STAND_IN_NAMESPACE }, () => ({ contents: askSdkModelStandIn(), loader: 'js' }));
  },
};
