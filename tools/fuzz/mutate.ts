/**
 * Seeded mutations of request envelopes for the Lambda handler's fuzz test (test/fuzz). Each mutation
 * is named, so a failing case says what was done to which seed; the same seed and random source
 * always give the same envelope. Results are JSON values (what Lambda can deliver): `undefined`,
 * NaN and functions never appear, but `__proto__` and `constructor` as own keys do.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Strings that have broken parsers, escapers and loggers. */
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202eevil',
  '😀🍪'.repeat(50),
  'e\u0301\u0301\u0301',
  '<speak>&</speak>',
  ']]><![CDATA[',
  '"\'<>&',
  '../../etc/passwd',
  '%2e%2e%2f',
  '{{ name }}',
  '#{7*7}%s%n',
  'null',
  'undefined',
  '__proto__',
  '\n\r\t',
];
/** Values of the wrong type for most fields. */
const ODD_VALUES: Json[] = [null, 0, -1, 1.5, 1e308, -1e308, true, false, [], {}, [1, 'a', null], { a: { b: { c: [] } } }, 'x'];
const ODD_INTENTS = ['FooIntent', '', 'AMAZON.NopeIntent', 'x'.repeat(500), '__proto__', 'constructor', 'AMAZON.', 'GetFortuneIntent '];
const ODD_LOCALES = ['xx-XX', 'fr-FR', 'en-NZ', 'de', 'EN-us', '', 'en_US', '../../etc', 'de-DE\u0000', 'zz'];
const ODD_TIMESTAMPS: Json[] = [
  'yesterday',
  '',
  0,
  1e20,
  '9999-99-99',
  '2026-13-45T25:61:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '1970-01-01T00:00:00.000Z',
  '2099-12-31T23:59:59.999Z',
  null,
];
const ODD_REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'CanFulfillIntentRequest',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.ProactiveSubscriptionChanged',
  'Display.ElementSelected',
  'Connections.Response',
  'System.ExceptionEncountered',
  'Messaging.MessageReceived',
  'AlexaSkillEvent.',
  '',
];
const HUGE = 200_000;
const HUGE_STRING = 'f'.repeat(HUGE);

/** An object of the envelope picked at random (the root, or any nested object), with its path. */
function randomObject(root: JsonObject, random: Random): { node: JsonObject; path: string } {
  let node = root;
  let path = '';
  for (let depth = 0; depth < 8; depth++) {
    const children = Object.entries(node).filter(([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value));
    if (children.length === 0 || random() < 0.3) break;
    const [key, child] = pick(random, children);
    node = child as JsonObject;
    path += `.${key}`;
  }
  return { node, path: path || '.' };
}

/** A leaf (key of an object) picked at random: keys of any nested object. */
function randomKey(root: JsonObject, random: Random): { node: JsonObject; key: string; path: string } | undefined {
  const { node, path } = randomObject(root, random);
  const keys = Object.keys(node);
  if (keys.length === 0) return undefined;
  const key = pick(random, keys);
  return { node, key, path: `${path}.${key}`.replace('..', '.') };
}

function objectAt(root: JsonObject, path: readonly string[], create = false): JsonObject | undefined {
  let node: Json = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    const next: Json | undefined = (node as JsonObject)[key];
    if ((typeof next !== 'object' || next === null || Array.isArray(next)) && create) (node as JsonObject)[key] = {};
    node = (node as JsonObject)[key] as Json;
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as JsonObject) : undefined;
}

/** Sets an own property even for `__proto__` (as JSON.parse does), so the key survives serialisation. */
function setOwn(node: JsonObject, key: string, value: Json): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function oddString(random: Random): string {
  const roll = random();
  if (roll < 0.1) return 'ä'.repeat(HUGE / 2);
  if (roll < 0.3) return 'x'.repeat(Math.floor(random() * 10_000));
  return pick(random, ODD_STRINGS);
}

export type Mutator = (envelope: JsonObject, random: Random) => string;

/** Every mutation, each returning a short description of what it did. */
export const MUTATORS: Record<string, Mutator> = {
  deleteField(envelope, random) {
    const target = randomKey(envelope, random);
    if (!target) return 'nothing to delete';
    delete target.node[target.key];
    return `deleted ${target.path}`;
  },
  wrongType(envelope, random) {
    const target = randomKey(envelope, random);
    if (!target) return 'nothing to retype';
    const value = pick(random, ODD_VALUES);
    target.node[target.key] = structuredClone(value);
    return `${target.path} = ${JSON.stringify(value)}`;
  },
  oddString(envelope, random) {
    const target = randomKey(envelope, random);
    if (!target) return 'nothing to replace';
    const value = oddString(random);
    target.node[target.key] = value;
    return `${target.path} = string of ${value.length}`;
  },
  unknownIntent(envelope, random) {
    const request = objectAt(envelope, ['request']);
    if (!request) return 'no request';
    const name = pick(random, ODD_INTENTS);
    request.type = 'IntentRequest';
    request.intent = { name, confirmationStatus: 'NONE', slots: {} };
    return `intent ${JSON.stringify(name.slice(0, 40))}`;
  },
  oddSlots(envelope, random) {
    const intent = objectAt(envelope, ['request', 'intent']);
    if (!intent) return 'no intent';
    const name = pick(random, ['topic', 'answer', 'number', 'nope']);
    const value = random() < 0.5 ? pick(random, ODD_VALUES) : oddString(random);
    const slots: Json = pick(random, [
      { [name]: { name, value } },
      { [name]: { name, value: 'postmortems', resolutions: value } },
      { [name]: { name, value: 'x', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: value }] } } },
      { [name]: value },
      value,
    ]);
    intent.slots = slots;
    return `slot ${name}: ${JSON.stringify(slots).slice(0, 60)}`;
  },
  noSession(envelope) {
    delete envelope.session;
    return 'no session';
  },
  nullContext(envelope, random) {
    const which = pick(random, ['context', 'System', 'user', 'device', 'application']);
    if (which === 'context') envelope.context = null;
    else {
      const path = which === 'System' ? ['context'] : ['context', 'System'];
      const node = objectAt(envelope, path);
      if (node) node[which] = null;
    }
    return `${which} = null`;
  },
  badTimestamp(envelope, random) {
    const request = objectAt(envelope, ['request']);
    const value = pick(random, ODD_TIMESTAMPS);
    if (request) request.timestamp = value;
    return `timestamp ${JSON.stringify(value)}`;
  },
  unknownLocale(envelope, random) {
    const request = objectAt(envelope, ['request']);
    const value = random() < 0.8 ? pick(random, ODD_LOCALES) : pick(random, ODD_VALUES);
    if (request) request.locale = value;
    return `locale ${JSON.stringify(value)}`;
  },
  requestType(envelope, random) {
    const request = objectAt(envelope, ['request']);
    const type = pick(random, ODD_REQUEST_TYPES);
    if (request) request.type = type;
    return `type ${JSON.stringify(type)}`;
  },
  otherSkill(envelope) {
    const application = objectAt(envelope, ['context', 'System', 'application']);
    if (application) application.applicationId = 'amzn1.ask.skill.someone-else';
    return 'another skill id';
  },
  foreignAttribute(envelope, random) {
    const attributes = objectAt(envelope, ['session', 'attributes'], true);
    if (!attributes) return 'no session';
    const key = pick(random, ['foreign', 'huge', '__proto__', 'constructor', 'toString', 'x'.repeat(300)]);
    const value: Json = random() < 0.2 ? HUGE_STRING : random() < 0.5 ? nested(random, 50) : pick(random, ODD_VALUES);
    setOwn(attributes, key, value);
    return `foreign attribute ${key.slice(0, 20)}`;
  },
  hugeHeard(envelope, random) {
    const attributes = objectAt(envelope, ['session', 'attributes'], true);
    if (!attributes) return 'no session';
    const count = pick(random, [41, 1000, 10_000]);
    attributes.heard = heardList(count);
    return `heard list of ${count}`;
  },
  oddSessionState(envelope, random) {
    const attributes = objectAt(envelope, ['session', 'attributes'], true);
    if (!attributes) return 'no session';
    const key = pick(random, [
      'timeZone',
      'variants',
      'last',
      'pending',
      'user',
      'storedBase',
      'readOnly',
      'heard',
      'quizOffered',
      'transitionPlayed',
    ]);
    const value: Json = pick(random, [
      ...ODD_VALUES,
      oddString(random),
      { kind: 'item', itemId: oddString(random), via: 'nowhere' },
      { kind: 'question', questionId: 'no-such-question' },
      { kind: 'martian' },
      { ssml: '<speak>&</speak>' },
      { ssml: `<speak>${'a'.repeat(9000)}</speak>`, repromptSsml: 'x' },
      { ssml: '<speak><voice name="Hans">hallo</voice></speak>', card: { title: 5, text: null } },
      { 'fortune.lead': 1e9, ['x'.repeat(100)]: -1 },
      { schemaVersion: 99, revision: 'r', visits: -5, series: [], quiz: null },
      'Mars/Olympus_Mons',
      'America/New_York',
    ]);
    setOwn(attributes, key, structuredClone(value));
    return `session ${key} = ${JSON.stringify(value)?.slice(0, 60)}`;
  },
  attributesNotObject(envelope, random) {
    const session = objectAt(envelope, ['session']);
    if (!session) return 'no session';
    session.attributes = pick(random, [null, 'attributes', [], [{}], 7]);
    return `attributes = ${JSON.stringify(session.attributes)}`;
  },
  sessionFlags(envelope, random) {
    const session = objectAt(envelope, ['session']);
    if (!session) return 'no session';
    session.new = pick(random, [true, false, 'yes', null, 0]);
    return `session.new = ${JSON.stringify(session.new)}`;
  },
};

/** A long heard list (built once per length: the fuzzer's own time goes to the handler, not to building input). */
const heardLists = new Map<number, Json[]>();
function heardList(count: number): Json[] {
  let list = heardLists.get(count);
  if (!list) {
    list = Array.from({ length: count }, (_, i) => (i % 20 === 7 ? ODD_VALUES[i % ODD_VALUES.length]! : `item-${i}`));
    heardLists.set(count, list);
  }
  // Shared, not copied: no mutation writes into arrays, and the SDK copies session attributes itself.
  return list;
}

function nested(random: Random, depth: number): Json {
  let value: Json = pick(random, ODD_VALUES);
  for (let i = 0; i < depth; i++) value = random() < 0.5 ? [value] : { level: value };
  return value;
}

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/**
 * A mutated copy of `seed`: one to three named mutations. Every value set is a JSON value, so the
 * result is what the Lambda runtime could hand the handler after parsing a request body.
 */
export function mutate(seed: unknown, random: Random): { envelope: unknown; applied: string[] } {
  const envelope = structuredClone(seed) as JsonObject;
  const applied: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const name = pick(random, MUTATOR_NAMES);
    applied.push(`${name}: ${MUTATORS[name]!(envelope, random)}`);
  }
  return { envelope, applied };
}
