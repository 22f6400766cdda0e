import { logger } from '../../lambda/observability/logger';
import { buildSkill } from '../../lambda/skill';
import { intentRequest, launchRequest } from '../../tools/envelopes';

afterEach(() => {
  jest.restoreAllMocks();
});

const T = '2026-05-14T15:00:00.000Z';

async function secondTurn() {
  const skill = buildSkill({ timeZoneLookup: async () => 'Europe/Berlin' });
  const opened = await skill.invoke(launchRequest({ timestamp: T, userId: 'carried-user' }), {});
  return { skill, attributes: opened.sessionAttributes as Record<string, unknown> };
}

test('the caller’s envelope keeps its session attributes: the skill reads them without touching them', async () => {
  const { skill, attributes } = await secondTurn();
  const envelope = intentRequest(
    'AMAZON.RepeatIntent',
    {},
    { timestamp: T, userId: 'carried-user', newSession: false, sessionAttributes: attributes },
  );
  const before = JSON.stringify(envelope);
  const reply = await skill.invoke(envelope, {});
  expect(JSON.stringify(envelope)).toBe(before);
  expect(reply.sessionAttributes?.timeZone).toBe('Europe/Berlin');
  expect(reply.sessionAttributes?.last).toEqual(attributes.last);
});

test('a session key whose value is undefined reads as absent, as it did through the SDK’s JSON copy', async () => {
  const { skill, attributes } = await secondTurn();
  const warn = jest.spyOn(logger, 'warn');
  const envelope = intentRequest(
    'AMAZON.RepeatIntent',
    {},
    {
      timestamp: T,
      userId: 'carried-user',
      newSession: false,
      sessionAttributes: { ...attributes, quizOffered: undefined, somethingForeign: undefined, pending: Number.NaN },
    },
  );
  const reply = await skill.invoke(envelope, {});
  expect(reply.response.outputSpeech).toBeDefined();
  expect(warn).not.toHaveBeenCalled();
});
