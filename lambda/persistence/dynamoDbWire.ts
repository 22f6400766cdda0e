/**
 * The DynamoDB client the Lambda bundle ships: the subset of AWS SDK v3's document client that
 * dynamoDbStore.ts uses (GetCommand, PutCommand, UpdateCommand, DeleteCommand, ConditionalCheckFailed),
 * over Node's https with requests signed by `aws4` (SigV4) and items converted by
 * `@aws-sdk/util-dynamodb`. tools/build/bundle.ts builds it in place of awsSdk.ts; the TypeScript
 * sources, the tests and the local tools use the real SDK, and test/persistence/dynamoDbWire.test.ts
 * runs both against the same server and compares every answer.
 *
 * Why not the SDK in production: measured on the same machine in one run, requiring the SDK's bundled
 * DynamoDB client and answering its first GetItem cost ~95 ms; this file and its first GetItem ~28 ms
 * (docs/performance.md). A cold start with a table pays that on every first request after an idle period.
 * What it does not do, deliberately: endpoint discovery, credential sources other than the environment
 * (Lambda passes the role's credentials there), any operation the store does not use.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { sign } from 'aws4';

export interface WireClientConfig {
  region?: string;
  endpoint?: string;
  /** Attempts in all, including the first (the SDK's meaning); throttling and 5xx answers are retried. */
  maxAttempts?: number;
  requestHandler?: { connectionTimeout?: number; requestTimeout?: number; throwOnRequestTimeout?: boolean };
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/** The error DynamoDB answers when a condition expression is false, named as the SDK names it. */
export class ConditionalCheckFailedException extends Error {
  override readonly name = 'ConditionalCheckFailedException';
  /** The item as stored, when the request asked for it (ReturnValuesOnConditionCheckFailure). */
  Item?: Record<string, unknown>;
}

/** Any other error DynamoDB answers; `name` is its error type (ProvisionedThroughputExceededException, …). */
export class DynamoDbServiceError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly $retryable: boolean,
  ) {
    super(message);
  }
}

const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionConflictException',
]);

export class DynamoDBClient {
  readonly config: Required<Pick<WireClientConfig, 'maxAttempts'>> & WireClientConfig;
  private readonly agent: HttpAgent | HttpsAgent;
  private readonly endpoint: URL;

  constructor(config: WireClientConfig = {}) {
    const region = config.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    this.config = { maxAttempts: 3, ...config, region };
    this.endpoint = new URL(
      config.endpoint ??
        process.env.AWS_ENDPOINT_URL_DYNAMODB ??
        process.env.AWS_ENDPOINT_URL ??
        `https://dynamodb.${region}.amazonaws.com`,
    );
    // One kept-alive connection pool per client, as the SDK does: later calls skip the TLS handshake.
    this.agent = this.endpoint.protocol === 'http:' ? new HttpAgent({ keepAlive: true }) : new HttpsAgent({ keepAlive: true });
  }

  /** One DynamoDB JSON API call (`X-Amz-Target: DynamoDB_20120810.<operation>`), retried as configured. */
  async call(operation: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(operation, body);
      } catch (error) {
        const retryable = error instanceof DynamoDbServiceError && error.$retryable;
        if (!retryable || attempt >= this.config.maxAttempts) throw error;
        // Full jitter on an exponential base, as the SDK's standard retry strategy.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2000, 100 * 2 ** attempt)));
      }
    }
  }

  private attempt(operation: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const payload = JSON.stringify(body);
    const credentials = this.config.credentials ?? {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
      sessionToken: process.env.AWS_SESSION_TOKEN,
    };
    const options = sign(
      {
        host: this.endpoint.hostname,
        port: this.endpoint.port || undefined,
        path: '/',
        method: 'POST',
        service: 'dynamodb',
        region: this.config.region,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
        body: payload,
      },
      credentials,
    );
    const { connectionTimeout = 1000, requestTimeout = 2000 } = this.config.requestHandler ?? {};
    const send = this.endpoint.protocol === 'http:' ? httpRequest : httpsRequest;
    return new Promise((resolve, reject) => {
      const request = send({ ...options, agent: this.agent, protocol: this.endpoint.protocol } as never, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          clearTimeout(overall);
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: Record<string, unknown>;
          try {
            parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            reject(new DynamoDbServiceError('UnknownError', `DynamoDB answered ${response.statusCode} with a body that is not JSON`, true));
            return;
          }
          if (response.statusCode === 200) resolve(parsed);
          else reject(serviceError(response.statusCode ?? 0, parsed));
        });
      });
      const fail = (name: string, message: string) => {
        const error = new Error(message);
        error.name = name;
        request.destroy(error);
      };
      const overall = setTimeout(() => fail('TimeoutError', `no answer from DynamoDB within ${requestTimeout} ms`), requestTimeout);
      request.on('socket', (socket) => {
        if (socket.connecting) {
          const connecting = setTimeout(
            () => fail('TimeoutError', `no connection to DynamoDB within ${connectionTimeout} ms`),
            connectionTimeout,
          );
          socket.once('connect', () => clearTimeout(connecting));
          socket.once('close', () => clearTimeout(connecting));
        }
      });
      request.on('error', (error) => {
        clearTimeout(overall);
        reject(error);
      });
      request.end(payload);
    });
  }

  destroy(): void {
    this.agent.destroy();
  }
}

function serviceError(status: number, body: Record<string, unknown>): Error {
  const type = String(body.__type ?? 'UnknownError')
    .split('#')
    .pop()!;
  const message = String(body.message ?? body.Message ?? `DynamoDB answered ${status}`);
  if (type === 'ConditionalCheckFailedException') {
    const error = new ConditionalCheckFailedException(message);
    if (body.Item) error.Item = unmarshall(body.Item as never);
    return error;
  }
  return new DynamoDbServiceError(type, message, status >= 500 || RETRYABLE.has(type));
}

type Input = Record<string, unknown>;

/** A command as the document client takes it: the operation's name and its input in plain JavaScript values. */
abstract class DocumentCommand {
  abstract readonly operation: string;
  constructor(readonly input: Input) {}
}
export class GetCommand extends DocumentCommand {
  readonly operation = 'GetItem';
}
export class PutCommand extends DocumentCommand {
  readonly operation = 'PutItem';
}
export class UpdateCommand extends DocumentCommand {
  readonly operation = 'UpdateItem';
}
export class DeleteCommand extends DocumentCommand {
  readonly operation = 'DeleteItem';
}

interface MarshallOptions {
  removeUndefinedValues?: boolean;
  convertEmptyValues?: boolean;
}

/** The fields of an input that hold attribute values (converted to DynamoDB JSON), and of an output. */
const VALUE_FIELDS = ['Key', 'Item', 'ExpressionAttributeValues'] as const;
const OUTPUT_FIELDS = ['Item', 'Attributes'] as const;

export class DynamoDBDocumentClient {
  private constructor(
    readonly client: DynamoDBClient,
    private readonly marshallOptions: MarshallOptions,
  ) {}

  static from(client: DynamoDBClient, options: { marshallOptions?: MarshallOptions } = {}): DynamoDBDocumentClient {
    return new DynamoDBDocumentClient(client, options.marshallOptions ?? {});
  }

  async send(command: DocumentCommand): Promise<Record<string, unknown>> {
    const body: Input = { ...command.input };
    for (const field of VALUE_FIELDS) {
      if (body[field] !== undefined) body[field] = marshall(body[field] as Input, this.marshallOptions);
    }
    const output = await this.client.call(command.operation, body);
    for (const field of OUTPUT_FIELDS) {
      if (output[field] !== undefined) output[field] = unmarshall(output[field] as never);
    }
    return output;
  }

  destroy(): void {
    this.client.destroy();
  }
}
