import { readFileSync } from 'node:fs';
import { type CollectionTag, parse, type ScalarTag, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Parses a CloudFormation YAML template into its JSON form: short-form intrinsic functions (!Ref,
 * !Sub, !GetAtt, !If, ...) become { Ref } / { 'Fn::Name': ... } objects, as CloudFormation reads them.
 */
const SCALAR_FUNCTIONS = ['Sub', 'Base64', 'GetAZs', 'ImportValue', 'Condition'] as const;
const SEQ_FUNCTIONS = ['Sub', 'If', 'Not', 'Equals', 'And', 'Or', 'Select', 'Split', 'Join', 'FindInMap', 'GetAtt', 'Cidr'] as const;

const toJson = (node: YAMLMap.Parsed | YAMLSeq.Parsed): unknown => node.toJSON();

export const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  // !GetAtt Resource.Attribute is short for [Resource, Attribute].
  { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': value.split(/\.(.*)/s).slice(0, 2) }) },
  ...SCALAR_FUNCTIONS.map(
    (name): ScalarTag => ({
      tag: `!${name}`,
      resolve: (value: string) => ({ [name === 'Condition' ? 'Condition' : `Fn::${name}`]: value }),
    }),
  ),
  ...SEQ_FUNCTIONS.map(
    (name): CollectionTag => ({ tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ [`Fn::${name}`]: toJson(seq) }) }),
  ),
  { tag: '!Transform', collection: 'map', resolve: (map) => ({ 'Fn::Transform': toJson(map) }) },
];

export interface Template {
  Parameters: Record<string, { Type: string; Default?: unknown; AllowedValues?: unknown[]; NoEcho?: boolean }>;
  Conditions?: Record<string, unknown>;
  Resources: Record<
    string,
    { Type: string; Properties: Record<string, any>; DependsOn?: string | string[]; DeletionPolicy?: string; UpdateReplacePolicy?: string }
  >;
  Outputs: Record<string, { Value: unknown; Description?: string }>;
}

export function readTemplate(file: string): Template {
  return parse(readFileSync(file, 'utf8'), { customTags: CLOUDFORMATION_TAGS }) as Template;
}

/** Every { Ref }, { Fn::GetAtt } and ${Name} in { Fn::Sub } of a template, with where it was found. */
export function references(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) references(item, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'Ref' && typeof value === 'string') found.push(value);
      else if (key === 'Fn::GetAtt' && Array.isArray(value)) found.push(String(value[0]));
      else if (key === 'Fn::Sub') {
        const text = Array.isArray(value) ? value[0] : value;
        for (const match of String(text).matchAll(/\$\{([^}!]+)\}/g)) found.push(match[1]!.split('.')[0]!);
        if (Array.isArray(value)) references(value[1], found);
      } else references(value, found);
    }
  }
  return found;
}
