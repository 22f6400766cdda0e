import type { Language } from './text';

/**
 * The usual phrasings of Alexa's built-in intents, per language. Alexa's own lists are larger and not
 * published; these are the common ones. They only apply to built-in intents the model declares, and a
 * sample from the model itself beats them when both fit the same words.
 */
export const BUILT_IN_PHRASES: Record<Language, Record<string, readonly string[]>> = {
  en: {
    'AMAZON.HelpIntent': [
      'help', 'help me', 'help please', 'i need help', 'can you help me', 'what can i say', 'what can i do',
      'what can you do', 'what do i say', 'how does this work', 'how do i use this', 'how does it work',
      'what are my options', 'instructions', 'what is this', 'options',
    ],
    'AMAZON.StopIntent': [
      'stop', 'stop it', 'stop please', 'please stop', 'off', 'shut up', 'be quiet', 'quiet', 'enough',
      "that's enough", 'that is enough', 'goodbye', 'good bye', 'bye', 'bye bye', "i'm done", 'i am done',
      'end', 'stop talking',
    ],
    'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it', 'forget about it', 'cancel it'],
    'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'repeat please', 'say again', 'say that again', 'come again', 'pardon', 'what', 'huh'],
    'AMAZON.YesIntent': [
      'yes', 'yes please', 'yeah', 'yep', 'yup', 'sure', 'sure thing', 'ok', 'okay', 'of course', 'please do',
      'absolutely', 'definitely', 'certainly', 'sounds good', 'why not', 'go ahead', 'alright', 'all right', 'i do',
      'i would', "i'd like that", 'yes i would', 'please', 'do it', 'let us do it', "let's do it",
    ],
    'AMAZON.NoIntent': [
      'no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not really', 'not today', "i don't think so",
      'no i do not', "no i don't", "i'm good", 'i am good', 'maybe later', 'not right now', 'no way',
    ],
    'AMAZON.NextIntent': ['next', 'next please', 'skip', 'skip this', 'skip it', 'skip that', 'go to the next one', 'the next one', 'next one', 'forward'],
    'AMAZON.PreviousIntent': ['previous', 'back', 'go back', 'go to the previous one', 'the previous one', 'the last one', 'previous please'],
    'AMAZON.StartOverIntent': ['start over', 'restart', 'start again', 'begin again', 'start from the top', 'from the top', 'start from scratch', 'start over please'],
    'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going', 'go on', 'carry on', 'unpause'],
    'AMAZON.PauseIntent': ['pause', 'pause that', 'hold on', 'wait'],
    'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen', 'home screen', 'main menu'],
  },
  de: {
    'AMAZON.HelpIntent': [
      'hilfe', 'hilf mir', 'ich brauche hilfe', 'kannst du mir helfen', 'was kann ich sagen', 'was kann ich tun',
      'was kannst du', 'was kannst du alles', 'wie funktioniert das', 'wie geht das', 'welche möglichkeiten habe ich',
      'anleitung', 'hilfe bitte',
    ],
    'AMAZON.StopIntent': [
      'stop', 'stopp', 'halt', 'aufhören', 'hör auf', 'sei still', 'ruhe', 'genug', 'das reicht', 'tschüss',
      'tschüs', 'auf wiedersehen', 'ende', 'aus', 'stopp bitte',
    ],
    'AMAZON.CancelIntent': ['abbrechen', 'abbruch', 'vergiss es', 'egal', 'schon gut', 'brich ab'],
    'AMAZON.RepeatIntent': ['wiederholen', 'wiederhole', 'wiederhol', 'noch mal', 'bitte wiederholen', 'wie bitte', 'was', 'nochmal bitte'],
    'AMAZON.YesIntent': [
      'ja', 'ja bitte', 'ja gerne', 'ja gern', 'gerne', 'gern', 'klar', 'na klar', 'okay', 'ok', 'sicher', 'natürlich',
      'auf jeden fall', 'jawohl', 'genau', 'mach das', 'bitte', 'unbedingt', 'warum nicht', 'jo', 'jep',
    ],
    'AMAZON.NoIntent': [
      'nein', 'nein danke', 'nö', 'nee', 'ne', 'lieber nicht', 'jetzt nicht', 'nicht jetzt', 'danke nein',
      'auf keinen fall', 'nein lieber nicht', 'vielleicht später', 'passt schon',
    ],
    'AMAZON.NextIntent': ['weiter', 'nächster', 'nächste', 'der nächste', 'das nächste', 'überspringen', 'überspring das', 'vorwärts', 'nächstes'],
    'AMAZON.PreviousIntent': ['zurück', 'vorheriger', 'vorherige', 'der vorherige', 'geh zurück', 'eins zurück', 'vorheriges'],
    'AMAZON.StartOverIntent': ['von vorne', 'neu starten', 'noch mal von vorne', 'fang von vorne an', 'von vorn', 'neustart', 'von anfang an'],
    'AMAZON.ResumeIntent': ['fortsetzen', 'weitermachen', 'fortfahren', 'mach weiter'],
    'AMAZON.PauseIntent': ['pause', 'pausieren', 'warte'],
    'AMAZON.NavigateHomeIntent': ['startseite', 'geh zur startseite', 'nach hause', 'zum startbildschirm', 'hauptmenü'],
  },
};

/**
 * Words that end the session on the platform side: in a session, "exit" sends the skill a
 * SessionEndedRequest (reason USER_INITIATED) instead of an intent.
 */
export const EXIT_PHRASES: Record<Language, readonly string[]> = {
  en: ['exit', 'quit', 'exit skill', 'quit skill', 'exit the skill', 'leave', 'close', 'close skill'],
  de: ['beenden', 'beende', 'verlassen', 'schließen', 'skill beenden', 'exit', 'beende den skill'],
};

/**
 * Words around a request that carry no meaning for the model: politeness, hesitation and carrier
 * phrases ("how about ...", "I'd like ..."). Alexa tolerates "additional words around" an utterance; the
 * NLU drops these at either end when the words as said fit no sample.
 */
export const FILLERS: Record<Language, { leading: readonly string[]; trailing: readonly string[] }> = {
  en: {
    leading: [
      'please', 'um', 'uh', 'erm', 'hmm', 'so', 'hey', 'well', 'okay so', 'how about', 'what about', 'can you', 'could you',
      'would you', 'can i have', 'can i get', 'could i have', 'could i get', 'i want', 'i would like', "i'd like", 'let me hear',
      'let me have', 'just',
    ],
    trailing: ['please', 'thanks', 'thank you', 'now', 'then', 'for me', 'today please'],
  },
  de: {
    leading: [
      'bitte', 'äh', 'ähm', 'hm', 'also', 'hey', 'na', 'und', 'wie wäre es mit', 'was ist mit', 'ich möchte', 'ich will',
      'ich hätte gern', 'ich hätte gerne', 'kannst du mir', 'kannst du', 'könntest du', 'gerne', 'mal',
    ],
    trailing: ['bitte', 'danke', 'jetzt', 'mal', 'für mich'],
  },
};
