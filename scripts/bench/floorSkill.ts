/**
 * The benchmark's floor: the smallest honest Alexa skill on the same stack (ask-sdk-core + i18next),
 * written the way the SDK's own samples are, built by the benchmark into dist/bench/floor.js with the
 * same esbuild options as the real bundle. It answers the request kinds the warm benchmark sends
 * (Launch, a tip one-shot, Help, Repeat, SessionEnded) with a random line each, keeps the last speech
 * in session attributes for Repeat, and exposes the same `buildSkill`/`MemoryUserStore` shape as
 * lambda/index.ts so the benchmark's children drive both alike. No memory, no time zone, no SSML work:
 * whatever the real skill costs beyond this is the price of its features.
 */
import * as Alexa from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import i18next from 'i18next';

const resources = {
  en: {
    translation: {
      welcome: ['Welcome to the floor skill. Here is a fact: containers start fast.', 'Hello again. A fact: batch jobs queue.'],
      tip: ['Tip: keep postmortems blameless.', 'Tip: ship small changes often.'],
      help: ['You can ask for a tip, or say stop.'],
      reprompt: ['Want a tip?'],
    },
  },
  de: {
    translation: {
      welcome: ['Willkommen. Ein Fakt: Container starten schnell.', 'Hallo. Ein Fakt: Batch-Jobs warten.'],
      tip: ['Tipp: Postmortems ohne Schuldzuweisung.', 'Tipp: oft kleine Änderungen ausliefern.'],
      help: ['Du kannst nach einem Tipp fragen.'],
      reprompt: ['Noch einen Tipp?'],
    },
  },
};

const translator = i18next.createInstance();
void translator.init({ initAsync: false, resources, fallbackLng: 'en', returnObjects: true, interpolation: { escapeValue: false } });

function say(input: Alexa.HandlerInput, key: string): string {
  const lines = translator.getFixedT(Alexa.getLocale(input.requestEnvelope))(key, { returnObjects: true }) as string[];
  const line = lines[Math.floor(Math.random() * lines.length)]!;
  input.attributesManager.setSessionAttributes({ ...input.attributesManager.getSessionAttributes(), last: line });
  return line;
}

function respond(input: Alexa.HandlerInput, key: string): ResponseEnvelope['response'] {
  return input.responseBuilder.speak(say(input, key)).reprompt(say(input, 'reprompt')).getResponse();
}

const handlers: Alexa.RequestHandler[] = [
  {
    canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => respond(input, 'welcome'),
  },
  {
    canHandle: (input) =>
      Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(input.requestEnvelope) === 'GetTipIntent',
    handle: (input) => input.responseBuilder.speak(say(input, 'tip')).withShouldEndSession(true).getResponse(),
  },
  {
    canHandle: (input) =>
      Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest' &&
      Alexa.getIntentName(input.requestEnvelope) === 'AMAZON.RepeatIntent',
    handle: (input) => {
      const last = String(input.attributesManager.getSessionAttributes().last ?? say(input, 'help'));
      return input.responseBuilder.speak(last).reprompt(last).getResponse();
    },
  },
  {
    canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest',
    handle: (input) => respond(input, 'help'),
  },
  {
    canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
    handle: (input) => input.responseBuilder.getResponse(),
  },
];

const errorHandler: Alexa.ErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Sorry, something went wrong.').getResponse(),
};

export function buildSkill(_dependencies?: unknown): { invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> } {
  return Alexa.SkillBuilders.custom()
    .addRequestHandlers(...handlers)
    .addErrorHandlers(errorHandler)
    .create();
}

/** The real bundle exports its memory store for the benchmark; the floor keeps nothing. */
export class MemoryUserStore {}
