import type { RequestEnvelope } from 'ask-sdk-model';
import {
  ConditionalCheckFailedException,
  DeleteCommand,
  DynamoDBClient,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from './awsSdk';
import { boundedCopies, expectedRevision, RevisionConflictError, type StoreCallOptions, type UserStore, userKeyOf } from './port';

export interface DynamoDbUserStoreOptions {
  tableName: string;
  /** Defaults to a client with short timeouts, so a slow store cannot hold up an answer for long. */
  client?: DynamoDBClient;
}

/** The key attribute of the table (infrastructure templates and local setup use the same name). */
export const PARTITION_KEY = 'id';

/** Copies of a user's unreadable items live in one item under this key, so deleting the user finds them. */
export function backupKeyOf(userKey: string): string {
  return `${userKey}#unreadable`;
}

/**
 * UserStore on AWS SDK v3 (bundled beside the skill, see awsSdk.ts). Written here instead of using
 * ask-sdk-dynamodb-persistence-adapter, which pulls in the end-of-support AWS SDK v2 (~100 MB, +165 ms
 * cold start) and has no conditional writes. The client honours AWS_ENDPOINT_URL_DYNAMODB, which is
 * how local runs point it at the in-process DynamoDB-compatible server.
 * Item: { id, attributes, revision, updatedAt }; backups of unreadable items: { id: `<user>#unreadable`,
 * copies: [{ raw, reason, at }], updatedAt }.
 */
export class DynamoDbUserStore implements UserStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoDbUserStoreOptions) {
    this.tableName = options.tableName;
    const client =
      options.client ??
      new DynamoDBClient({
        maxAttempts: 2,
        // Without throwOnRequestTimeout, this SDK version only logs a warning when requestTimeout passes
        // and keeps waiting: a store that accepts connections and never answers would hold the answer
        // until the Lambda itself times out.
        requestHandler: { connectionTimeout: 500, requestTimeout: 1500, throwOnRequestTimeout: true },
      });
    this.documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async getAttributes(requestEnvelope: RequestEnvelope, options: StoreCallOptions = {}): Promise<Record<string, unknown>> {
    const result = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: { [PARTITION_KEY]: userKeyOf(requestEnvelope) }, ConsistentRead: true }),
      { abortSignal: options.signal },
    );
    if (!result.Item || result.Item.attributes === undefined) return {};
    const attributes = result.Item.attributes as unknown;
    // Anything else stored as attributes (a string, a list) goes to the repository as it is, which
    // finds it unreadable and keeps a copy before replacing it, instead of silently overwriting it.
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return attributes as Record<string, unknown>;
    // The item's own revision is what the conditional write checks, so it is the one the caller gets
    // (an item written before revisions existed counts as 0), whatever the attributes carry.
    const revision = typeof result.Item.revision === 'number' ? result.Item.revision : 0;
    return { ...(attributes as Record<string, unknown>), revision };
  }

  async saveAttributes(
    requestEnvelope: RequestEnvelope,
    attributes: Record<string, unknown>,
    options: StoreCallOptions = {},
  ): Promise<void> {
    const key = userKeyOf(requestEnvelope);
    const expected = expectedRevision(attributes);
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { [PARTITION_KEY]: key, attributes, revision: attributes.revision, updatedAt: new Date().toISOString() },
          // Items written before revisions existed count as revision 0.
          ConditionExpression:
            expected === 0
              ? 'attribute_not_exists(#id) OR attribute_not_exists(#revision) OR #revision = :expected'
              : '#revision = :expected',
          ExpressionAttributeNames: expected === 0 ? { '#id': PARTITION_KEY, '#revision': 'revision' } : { '#revision': 'revision' },
          ExpressionAttributeValues: { ':expected': expected },
        }),
        { abortSignal: options.signal },
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RevisionConflictError();
      throw error;
    }
  }

  /** Deletes the user's context and the copies of any unreadable items of theirs. */
  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const key = userKeyOf(requestEnvelope);
    await Promise.all(
      [key, backupKeyOf(key)].map((id) =>
        this.documents.send(new DeleteCommand({ TableName: this.tableName, Key: { [PARTITION_KEY]: id } })),
      ),
    );
  }

  /** Read, bound, write: backups are rare (an unreadable item), so this needs no atomic list trimming. */
  async backupAttributes(requestEnvelope: RequestEnvelope, raw: unknown, reason: string): Promise<void> {
    const now = new Date().toISOString();
    const key = { [PARTITION_KEY]: backupKeyOf(userKeyOf(requestEnvelope)) };
    const existing = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    const kept = Array.isArray(existing.Item?.copies) ? (existing.Item.copies as { raw: string; reason: string; at: string }[]) : [];
    const copies = boundedCopies(kept, { raw: JSON.stringify(raw), reason, at: now });
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: 'SET #copies = :copies, #updatedAt = :now',
        ExpressionAttributeNames: { '#copies': 'copies', '#updatedAt': 'updatedAt' },
        ExpressionAttributeValues: { ':copies': copies, ':now': now },
      }),
    );
  }
}
