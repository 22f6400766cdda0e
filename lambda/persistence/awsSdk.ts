/**
 * The one door from the Lambda code to AWS SDK v3's DynamoDB client. The TypeScript sources (tests,
 * local tools) get the SDK here; the Lambda bundle gets dynamoDbWire.ts in its place, the same names
 * on a small SigV4 client, built into dist/lambda/dynamodb.js and required only when a table is
 * configured (tools/build/bundle.ts). Anything added here must be added there too: the differential
 * test (test/persistence/dynamoDbWire.test.ts) runs both. Biome's noRestrictedImports keeps the other
 * Lambda files from importing the SDK packages directly.
 */
export { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
export { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
