import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_NAMESPACE, REQUEST_METRICS, STORE_METRICS } from '../../lambda/observability/requestLine';
import { PARTITION_KEY } from '../../lambda/persistence/dynamoDbStore';
import { BUNDLE_FILE } from '../../tools/build/bundle';
import { readTemplate, references, type Template } from './cloudFormation';

const ROOT = path.resolve(__dirname, '..', '..');
const TEMPLATE_PATH = path.join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');
const template: Template = readTemplate(TEMPLATE_PATH);
const askResources = JSON.parse(readFileSync(path.join(ROOT, 'ask-resources.json'), 'utf8'));
const profile = askResources.profiles.default;
const userConfig = profile.skillInfrastructure.userConfig;

/** Parameters the ASK CLI cfn-deployer passes on every deploy (its reserved names). */
const DEPLOYER_PARAMETERS = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
const PSEUDO_PARAMETERS = [
  'AWS::StackId',
  'AWS::StackName',
  'AWS::Region',
  'AWS::AccountId',
  'AWS::Partition',
  'AWS::NoValue',
  'AWS::URLSuffix',
];

function resourcesOfType(type: string) {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}

function onlyResource(type: string) {
  const found = resourcesOfType(type);
  expect(found).toHaveLength(1);
  return { name: found[0]![0], ...found[0]![1] };
}

const fn = onlyResource('AWS::Lambda::Function');
const table = onlyResource('AWS::DynamoDB::Table');
const logGroup = onlyResource('AWS::Logs::LogGroup');
const role = onlyResource('AWS::IAM::Role');

describe('CloudFormation template (infrastructure/cfn-deployer/skill-stack.yaml)', () => {
  test('declares the parameters the cfn-deployer passes, and defaults for all others', () => {
    for (const name of DEPLOYER_PARAMETERS) expect(template.Parameters).toHaveProperty(name);
    for (const [name, parameter] of Object.entries(template.Parameters)) {
      if (!DEPLOYER_PARAMETERS.includes(name))
        expect({ name, hasDefault: parameter.Default !== undefined }).toEqual({ name, hasDefault: true });
    }
    for (const name of ['SkillId', 'TableName', 'MemorySize']) expect(template.Parameters).toHaveProperty(name);
  });

  test('every Ref, GetAtt and Sub variable names a parameter, a resource or a pseudo parameter', () => {
    const known = new Set([...Object.keys(template.Parameters), ...Object.keys(template.Resources), ...PSEUDO_PARAMETERS]);
    const unknown = references({ Resources: template.Resources, Outputs: template.Outputs, Conditions: template.Conditions }).filter(
      (name) => !known.has(name),
    );
    expect(unknown).toEqual([]);
  });

  test('runs the bundle on nodejs22.x with index.handler, as ask-resources.json says', () => {
    expect(fn.Properties.Runtime).toEqual({ Ref: 'LambdaRuntime' });
    expect(template.Parameters.LambdaRuntime!.AllowedValues).toEqual(['nodejs22.x']);
    expect(userConfig.runtime).toBe('nodejs22.x');
    expect(fn.Properties.Handler).toEqual({ Ref: 'LambdaHandler' });
    expect(template.Parameters.LambdaHandler!.AllowedValues).toEqual(['index.handler']);
    expect(userConfig.handler).toBe('index.handler');
  });

  test('the handler path matches the bundle: index.js exporting an async `handler`', () => {
    const [file, exported] = String(userConfig.handler).split('.');
    expect(path.basename(BUNDLE_FILE)).toBe(`${file}.js`);
    // tools/build/bundle.ts bundles lambda/index.ts; its export is the Lambda entry point.
    const entry = require('../../lambda/index') as Record<string, unknown>;
    expect(typeof entry[exported!]).toBe('function');
    expect((entry[exported!] as () => unknown).constructor.name).toBe('AsyncFunction');
  });

  test('takes its code from the bucket, key and object version the deployer uploaded', () => {
    expect(fn.Properties.Code).toEqual({
      S3Bucket: { Ref: 'CodeBucket' },
      S3Key: { Ref: 'CodeKey' },
      S3ObjectVersion: { Ref: 'CodeVersion' },
    });
  });

  test('configures the function from parameters and resources', () => {
    const env = fn.Properties.Environment.Variables;
    expect(env.SKILL_ID).toEqual({ Ref: 'SkillId' });
    expect(env.TABLE_NAME).toEqual({ Ref: table.name });
    expect(env.POWERTOOLS_SERVICE_NAME).toBe('fortune-cookie');
    expect(env.USER_HASH_KEY).toBeDefined();
    expect(fn.Properties.MemorySize).toEqual({ Ref: 'MemorySize' });
    expect(fn.Properties.Role).toEqual({ 'Fn::GetAtt': [role.name, 'Arn'] });
    expect(fn.Properties.Timeout).toBeLessThan(8);
  });

  test('logs to its own log group /aws/lambda/<function>, with a retention period, created first', () => {
    expect(fn.Properties.FunctionName).toEqual({ Ref: 'FunctionName' });
    expect(logGroup.Properties.LogGroupName).toEqual({ 'Fn::Sub': '/aws/lambda/${FunctionName}' });
    expect(logGroup.Properties.RetentionInDays).toBeDefined();
    expect(fn.DependsOn).toEqual(logGroup.name);
  });

  test('keeps user context in an on-demand table with point-in-time recovery, keyed as the adapter expects', () => {
    expect(table.Properties.TableName).toEqual({ Ref: 'TableName' });
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.KeySchema).toEqual([{ AttributeName: PARTITION_KEY, KeyType: 'HASH' }]);
    expect(table.Properties.AttributeDefinitions).toEqual([{ AttributeName: PARTITION_KEY, AttributeType: 'S' }]);
    expect(table.DeletionPolicy).toBe('Retain');
  });

  test('grants exactly the DynamoDB calls the adapter makes, on that one table, plus writing its logs', () => {
    // The commands lambda/persistence/dynamoDbStore.ts sends, read from its source.
    const source = readFileSync(path.join(ROOT, 'lambda', 'persistence', 'dynamoDbStore.ts'), 'utf8');
    const used = [...new Set([...source.matchAll(/new (\w+)Command\(/g)].map((m) => `dynamodb:${m[1]}Item`))].sort();
    expect(used.length).toBeGreaterThan(0);

    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const statements = (
      role.Properties.Policies as { PolicyDocument: { Statement: { Effect: string; Action: string[]; Resource: unknown }[] } }[]
    ).flatMap((policy) => policy.PolicyDocument.Statement);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(JSON.stringify(statement.Action)).not.toContain('*');
      expect(statement.Resource).not.toEqual('*');
    }
    const dynamo = statements.filter((s) => s.Action.some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect([...dynamo[0]!.Action].sort()).toEqual(used);
    expect(dynamo[0]!.Resource).toEqual({ 'Fn::GetAtt': [table.name, 'Arn'] });

    const logs = statements.filter((s) => s.Action.some((a) => a.startsWith('logs:')));
    expect(logs).toHaveLength(1);
    expect([...logs[0]!.Action].sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(logs[0]!.Resource).toEqual({ 'Fn::GetAtt': [logGroup.name, 'Arn'] });
    expect(statements).toHaveLength(2);
  });

  test('lets only this skill invoke the function (Alexa Skills Kit trigger with EventSourceToken)', () => {
    const permission = onlyResource('AWS::Lambda::Permission');
    expect(permission.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [fn.name, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
  });

  test('outputs the function ARN as SkillEndpoint, which the cfn-deployer reads', () => {
    expect(template.Outputs.SkillEndpoint!.Value).toEqual({ 'Fn::GetAtt': [fn.name, 'Arn'] });
  });

  test('alarms on function errors and on p99 duration', () => {
    const alarms = resourcesOfType('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
    const onFunction = (metric: string) =>
      alarms.find(
        (a) =>
          a.Namespace === 'AWS/Lambda' &&
          a.MetricName === metric &&
          JSON.stringify(a.Dimensions) === JSON.stringify([{ Name: 'FunctionName', Value: { Ref: fn.name } }]),
      );
    expect(onFunction('Errors')).toMatchObject({ Statistic: 'Sum', ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(onFunction('Duration')).toMatchObject({ ExtendedStatistic: 'p99', Threshold: { Ref: 'DurationP99AlarmMs' } });
  });

  test("alarms on the skill's own metrics use names, namespace and service the request line writes", () => {
    const env = fn.Properties.Environment.Variables;
    const emitted = new Set([...REQUEST_METRICS, ...STORE_METRICS].map((m) => m.Name));
    const custom = resourcesOfType('AWS::CloudWatch::Alarm')
      .map(([, alarm]) => alarm.Properties)
      .filter((a) => a.Namespace !== undefined && !String(a.Namespace).startsWith('AWS/'));
    expect(custom.length).toBeGreaterThan(0);
    for (const alarm of custom) {
      expect(alarm.Namespace).toBe(env.POWERTOOLS_METRICS_NAMESPACE ?? DEFAULT_NAMESPACE);
      expect(emitted.has(alarm.MetricName)).toBe(true);
      expect(alarm.Dimensions).toEqual([{ Name: 'service', Value: env.POWERTOOLS_SERVICE_NAME }]);
    }
  });
});

describe('the stack protects data and reports trouble', () => {
  test('every resource with a DeletionPolicy has an UpdateReplacePolicy; the table also has deletion protection', () => {
    const withPolicy = Object.entries(template.Resources).filter(([, r]) => (r as Record<string, unknown>).DeletionPolicy !== undefined);
    expect(withPolicy.length).toBeGreaterThanOrEqual(3);
    for (const [, resource] of withPolicy) expect((resource as Record<string, unknown>).UpdateReplacePolicy).toBeDefined();
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
  });

  test('alarms on Lambda throttles and on DynamoDB throttled reads and writes of the user table', () => {
    const alarms = resourcesOfType('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
    expect(alarms.find((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === 'Throttles')).toBeDefined();
    const tableAlarm = alarms.find((a) => JSON.stringify(a.Metrics ?? []).includes('ThrottleEvents'));
    const metricNames = (tableAlarm?.Metrics ?? []).filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric.MetricName);
    expect(metricNames.sort()).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents']);
    for (const metric of (tableAlarm?.Metrics ?? []).filter((m: any) => m.MetricStat)) {
      expect(metric.MetricStat.Metric.Dimensions).toEqual([{ Name: 'TableName', Value: { Ref: table.name } }]);
    }
  });

  test('every alarm notifies the AlarmTopicArn parameter when one is given', () => {
    const alarms = resourcesOfType('AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThanOrEqual(6);
    for (const [, alarm] of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual({ 'Fn::If': ['HasAlarmTopic', [{ Ref: 'AlarmTopicArn' }], { Ref: 'AWS::NoValue' }] });
    }
  });

  test('reserved concurrency is a parameter, unset by default', () => {
    expect(template.Parameters.ReservedConcurrency).toMatchObject({ Type: 'Number', Default: -1 });
    expect(fn.Properties.ReservedConcurrentExecutions).toEqual({
      'Fn::If': ['HasReservedConcurrency', { Ref: 'ReservedConcurrency' }, { Ref: 'AWS::NoValue' }],
    });
  });

  test('the user-hash key is a random per-deployment secret, resolved at deploy time, never a constant', () => {
    const secret = onlyResource('AWS::SecretsManager::Secret');
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 48 });
    expect(fn.Properties.Environment.Variables.USER_HASH_KEY).toEqual({
      'Fn::Sub': `{{resolve:secretsmanager:\${${secret.name}}:SecretString}}`,
    });
  });
});

describe('ASK CLI project layout', () => {
  test('ask-resources.json uses the cfn deployer and points at files that exist', () => {
    expect(askResources.askcliResourcesVersion).toBe('2020-03-31');
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(userConfig.awsRegion).toBe('us-east-1');
    expect(path.resolve(ROOT, userConfig.templatePath)).toBe(TEMPLATE_PATH);
    expect(existsSync(path.join(ROOT, profile.skillMetadata.src, 'skill.json'))).toBe(true);
    // The CLI refuses to deploy when code.src is missing, and copies it into .ask/ before the hook runs.
    const codeSrc = path.join(ROOT, profile.code.default.src);
    expect(statSync(codeSrc).isDirectory()).toBe(true);
    expect(existsSync(path.join(codeSrc, 'index.ts'))).toBe(true);
  });

  test('hooks/build.sh exists, is executable, and builds the package with scripts/package.ts', () => {
    const hook = path.join(ROOT, 'hooks', 'build.sh');
    accessSync(hook, constants.X_OK);
    const script = readFileSync(hook, 'utf8');
    expect(script.startsWith('#!/usr/bin/env bash')).toBe(true);
    const called = script.match(/scripts\/[\w/]+\.ts/g) ?? [];
    expect(called).toContain('scripts/package.ts');
    for (const file of called) expect(existsSync(path.join(ROOT, file))).toBe(true);
    expect(script).toContain('"$OUT_FILE"');
  });

  test("skill.json's events endpoint placeholder names the template's default function", () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'skill-package', 'skill.json'), 'utf8')).manifest;
    const uri: string = manifest.events.endpoint.uri;
    expect(uri).toMatch(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:/);
    expect(uri.endsWith(`:function:${template.Parameters.FunctionName!.Default}`)).toBe(true);
  });
});
