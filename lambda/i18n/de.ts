import type { PromptTree } from './en';

type Widen<T> = { [K in keyof T]: T[K] extends readonly string[] ? readonly string[] : T[K] extends string ? string : Widen<T[K]> };

/** German phrasings (de-DE): same keys as en.ts, natural German, du-form. */
export const de: Widen<PromptTree> = {
  welcome: {
    first: [
      'Willkommen bei Glückskeks! Jeden Tag ein kurzer Spruch, dazu Tipps direkt von der Konferenz.',
      'Hallo und willkommen bei Glückskeks! Knack jeden Tag einen auf.',
      'Willkommen! Das ist Glückskeks: jeden Tag ein neuer Spruch, und Tipps, wann immer du willst.',
    ],
    back: ['Schön, dass du wieder da bist!', 'Willkommen zurück!', 'Hallo nochmal! Schön, dich zu hören.', 'Wieder da? Prima.'],
  },
  fortune: {
    lead: [
      'Hier ist dein Spruch für heute.',
      'Dein Glückskeks bricht auf.',
      'Der Spruch des Tages lautet:',
      'Mal sehen, was der Keks sagt.',
    ],
  },
  tip: {
    lead: ['Hier ist ein Tipp zu {{title}}.', 'Ein Tipp zu {{title}}.', 'Aus den Notizen zu {{title}}:', 'Zum Thema {{title}}:'],
    unknownTopic: [
      'Dazu habe ich noch keine Tipps. Hier ist einer zu {{title}}.',
      'Das Thema steckt noch in keinem Keks, also ein Tipp zu {{title}}.',
      'Dazu gibt es noch nichts. Probier diesen Tipp zu {{title}}.',
    ],
    empty: [
      'Zu {{title}} habe ich gerade keine Tipps.',
      'Meine Tipps zu {{title}} sind gerade aus.',
      'Zu {{title}} gibt es im Moment nichts.',
    ],
  },
  offer: {
    general: [
      'Möchtest du einen Tipp oder noch einen Spruch?',
      'Willst du einen Tipp zu Postmortems, Batch-Jobs oder Auslieferung?',
      'Soll ich dir als Nächstes einen Tipp geben?',
    ],
    related: [
      'Möchtest du einen passenden Tipp zu {{title}}?',
      'Soll ich noch einen Tipp zu {{title}} dranhängen?',
      'Es gibt einen verwandten Tipp zu {{title}}. Willst du ihn hören?',
    ],
  },
  help: [
    'Ich lese dir jeden Tag einen neuen Spruch vor und teile kurze Tipps zu Batch-Verarbeitung, Postmortems, Auslieferung und Sprachdesign. Sag „mein Spruch“ oder „ein Tipp über Postmortems“. Was möchtest du?',
    'Frag nach deinem Spruch, nach einem Tipp zu Containern oder Metriken, oder sag „weiter“. Was darf es sein?',
    'Du kannst „mein Spruch“, „ein Tipp über Sprachdesign“, „weiter“ oder „sag das nochmal“ sagen. Was möchtest du?',
  ],
  reprompt: [
    'Sag „mein Spruch“ oder frag nach einem Tipp. Was möchtest du?',
    'Möchtest du deinen Spruch oder einen Tipp?',
    'Du kannst nach einem Tipp zu Postmortems fragen oder „stopp“ sagen. Was darf es sein?',
  ],
  goodbye: ['Tschüss!', 'Bis morgen, dann wartet ein neuer Spruch!', 'Bis bald!', 'Mach’s gut, und komm morgen wieder!'],
  fallback: [
    'Dabei kann Glückskeks nicht helfen, aber ich lese dir deinen Spruch vor oder gebe dir einen Tipp. Was möchtest du?',
    'Das habe ich nicht verstanden. Du kannst nach deinem Spruch oder einem Tipp zu einem Thema fragen. Was möchtest du?',
    'Hm, das steckt in keinem meiner Kekse. Sag „mein Spruch“ oder „ein Tipp über Metriken“. Was möchtest du?',
  ],
  error: [
    'Entschuldige, mein Keks ist zerbröselt. Bitte versuch es noch einmal.',
    'Hoppla, bei mir ist etwas schiefgegangen. Bitte versuch es nochmal.',
    'Tut mir leid, damit hatte ich Probleme. Versuch es bitte noch einmal.',
  ],
  errorOpen: [
    'Entschuldige, mein Keks ist zerbröselt. Was möchtest du tun?',
    'Hoppla, bei mir ist etwas schiefgegangen. Möchtest du stattdessen deinen Spruch?',
    'Tut mir leid, damit hatte ich Probleme. Willst du etwas anderes probieren?',
  ],
  repeat: {
    empty: [
      'Ich habe dir noch nichts erzählt. Möchtest du den Spruch des Tages?',
      'Es gibt noch nichts zu wiederholen. Soll ich dir deinen Spruch vorlesen?',
      'Bisher habe ich nichts gesagt! Möchtest du den Spruch des Tages?',
    ],
  },
  series: {
    wrapped: [
      'Du hast alle Tipps dieser Reihe gehört. Es geht wieder von vorne los.',
      'Das war die ganze Reihe! Zurück zum ersten Tipp.',
      'Du kennst jetzt alle. Hier ist wieder der erste.',
    ],
    atStart: ['Das ist der erste Tipp dieser Reihe.', 'Wir sind schon am Anfang.', 'Davor gibt es nichts mehr.'],
    nothing: [
      'Es gibt noch keine Reihe zum Durchblättern. Möchtest du einen Tipp?',
      'Frag zuerst nach einem Tipp, dann sag „weiter“. Möchtest du jetzt einen?',
      'Fangen wir mit einem Tipp an. Möchtest du einen?',
    ],
  },
  no: ['Alles klar.', 'Kein Problem.', 'Okay.'],
  quiz: {
    lead: ['Hier ist die Frage des Tages.', 'Frage des Tages!', 'Bereit? Die heutige Frage:'],
    prompt: ['Was ist deine Antwort?', 'Was meinst du?', 'Deine Antwort?'],
    reprompt: [
      'Sag „die Antwort ist“ und dann deine Antwort. Was ist sie?',
      'Was ist deine Antwort auf die heutige Frage?',
      'Rate mal: Was ist deine Antwort?',
    ],
    correct: ['Richtig!', 'Genau!', 'Stimmt!'],
    wrong: ['Nicht ganz. Die Antwort ist {{answer}}.', 'Knapp daneben. Es ist {{answer}}.', 'Leider falsch, die Antwort ist {{answer}}.'],
    streakStart: ['Deine Serie beginnt heute.', 'Das ist Tag eins deiner Serie.', 'Tag eins einer neuen Serie!'],
    streak: ['Das sind {{count}} Tage in Folge!', 'Deine Serie steht jetzt bei {{count}} Tagen.', '{{count}} Tage am Stück. Weiter so!'],
    already: [
      'Die heutige Frage hast du schon beantwortet. Um Mitternacht kommt die nächste.',
      'Ein Versuch pro Tag, und der heutige ist erledigt. Nach Mitternacht gibt es die nächste Frage.',
      'Die Frage von heute ist beantwortet. Die nächste kommt um Mitternacht.',
    ],
    noAnswer: ['Ich habe keine Antwort verstanden.', 'Deine Antwort ist mir entgangen.', 'Entschuldige, was war deine Antwort?'],
    none: ['Heute gibt es keine Frage.', 'Das Quiz macht heute Pause.', 'Heute leider keine Frage.'],
  },
  news: {
    streak: [
      'Deine Serie von {{count}} Tagen wartet: Die heutige Frage ist bereit.',
      'Halte deine Serie von {{count}} Tagen mit der heutigen Frage am Leben.',
      'Die heutige Frage wartet auf deine Serie von {{count}} Tagen.',
    ],
    series: [
      'Deine Reihe zu {{title}} wartet: Sag einfach weiter.',
      'Sag weiter, um mit deinen Tipps zu {{title}} weiterzumachen.',
      'Es gibt noch mehr Tipps zu {{title}}. Sag jederzeit weiter.',
    ],
    newDay: ['Heute gibt es einen neuen Spruch.', 'Neuer Tag, neuer Spruch.', 'Heute wartet ein frischer Spruch.'],
  },
  orientation: [
    'Jeden Tag gibt es einen neuen Spruch und eine Quizfrage. Tipps bekommst du jederzeit.',
    'Du bekommst jeden Tag einen frischen Spruch und eine Tagesfrage, dazu Tipps, wann du willst.',
    'Jeden Tag: ein Spruch, eine Frage. Tipps, wann immer du willst.',
  ],
  replay: { lead: ['Hier nochmal.', 'Noch einmal:', 'Nochmal, vom letzten Mal:'] },
  anotherFortune: ['Möchtest du noch einen Spruch?', 'Soll ich noch einen Keks aufbrechen?', 'Wie wäre es mit noch einem Spruch?'],
  card: {
    fortune: 'Spruch des Tages',
    tip: 'Ein Tipp zu {{title}}',
    help: 'Was Glückskeks kann',
    question: 'Frage des Tages',
  },
  topics: {
    'batch-computing': 'Batch-Verarbeitung',
    postmortems: 'Postmortems',
    metrics: 'Metriken',
    'continuous-delivery': 'kontinuierlicher Auslieferung',
    containers: 'Containern',
    'voice-design': 'Sprachdesign',
    fortunes: 'Glückssprüchen',
  },
};
