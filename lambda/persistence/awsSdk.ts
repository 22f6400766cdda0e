/**
 * The one door from the Lambda code to AWS SDK v3. The build bundles this file on its own into
 * dist/lambda/aws-sdk.js (tools/build/bundle.ts), tree-shaken to what is listed here, and the skill's
 * bundle requires that file only when a DynamoDB table is configured: a run with the memory store never
 * parses the SDK, and a run with a table loads one file instead of the runtime's few hundred.
 * Import SDK names from here, not from the packages (Biome's noRestrictedImports enforces it).
 */
export { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
export { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
