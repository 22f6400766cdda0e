import type { PromptTree } from './en';

type Widen<T> = { [K in keyof T]: T[K] extends readonly string[] ? readonly string[] : T[K] extends string ? string : Widen<T[K]> };
type TopicForms = { nominative: string; dative: string };

/**
 * German phrasings (de-DE): same keys as en.ts, natural German, du-form. Topic placeholders carry their
 * case: {{nominative}} ("Container", after "Zum Thema") and {{dative}} with its preposition ("zur
 * Batch-Verarbeitung", "zum Sprachdesign"), declared per topic below, never glued onto a template.
 */
export const de: Omit<Widen<PromptTree>, 'topics'> & { topics: Record<keyof PromptTree['topics'], TopicForms> } = {
  welcome: {
    first: [
      'Willkommen bei Glückskeks: jeden Tag ein neuer Spruch. Hier ist deiner.',
      'Hallo und willkommen bei Glückskeks! Dein erster Keks:',
      'Willkommen! Glückskeks knackt jeden Tag einen Spruch. Heute:',
    ],
    back: [
      'Willkommen zurück! Dein Keks:',
      'Hallo nochmal! Dein Keks:',
      'Schönen {{weekday}}! Dein Spruch:',
      'Wieder da? Prima.',
      'Neuer Tag, neuer Keks.',
      'Schön, dich zu hören!',
      'Schon {{weekday}}! Dein Spruch:',
    ],
    backStreak: ['Schon {{count}} Tage am Stück!', '{{count}} Tage in Folge!', 'Stark, {{count}} Tage am Stück!'],
  },
  fortune: {
    lead: [
      'Hier ist dein Spruch für heute.',
      'Dein Glückskeks bricht auf.',
      'Der Spruch des Tages lautet:',
      'Mal sehen, was der Keks sagt.',
    ],
    extraLead: ['Hier ist ein Extra-Spruch.', 'Ein Extra-Keks, nur für dich.', 'Noch ein Keks bricht auf.'],
  },
  tip: {
    // Kurz (höchstens fünf Wörter): der Tipp selbst hat bis zu 29, und eine Runde ist ein Atemzug.
    lead: ['Hier ein Tipp {{dative}}.', 'Ein Tipp {{dative}}.', 'Einer {{dative}}:', 'Zum Thema {{nominative}}:'],
    unknownTopic: [
      'Dazu habe ich noch keine Tipps. Einer {{dative}}:',
      'Das steckt in keinem Keks. Einer {{dative}}:',
      'Dazu gibt es noch nichts. Hier einer {{dative}}:',
    ],
    empty: [
      'Tipps {{dative}} habe ich gerade nicht.',
      'Meine Tipps {{dative}} sind gerade aus.',
      'Zum Thema {{nominative}} gibt es im Moment nichts.',
    ],
  },
  offer: {
    // Angebote hört man nach jeder Antwort: viele kurze Varianten, damit sechsmal Ja keine wiederholt.
    related: [
      'Einen passenden Tipp {{dative}}?',
      'Noch einer {{dative}}?',
      'Mehr {{dative}}?',
      'Ein verwandter Tipp {{dative}}?',
      'Noch ein Tipp {{dative}}?',
      'Magst du noch einen {{dative}}?',
      'Weiter {{dative}}?',
    ],
    relatedFortune: [
      'Möchtest du einen passenden Spruch?',
      'Soll ich einen Keks aufbrechen, der dazu passt?',
      'Ein Spruch, der dazu passt?',
      'Dazu ein passender Keks?',
      'Magst du einen passenden Spruch?',
    ],
    tip: [
      'Möchtest du einen Tipp {{dative}}?',
      'Soll ich dir einen Tipp {{dative}} geben?',
      'Wie wäre es mit einem Tipp {{dative}}?',
      'Lust auf einen Tipp {{dative}}?',
      'Ein Tipp {{dative}} gefällig?',
    ],
    series: [
      'Sollen wir mit deinen Tipps {{dative}} weitermachen?',
      'Möchtest du den nächsten Tipp {{dative}}?',
      'Bereit für deinen nächsten Tipp {{dative}}?',
      'Weiter mit deiner Reihe {{dative}}?',
      'Der nächste Tipp {{dative}}?',
    ],
    quiz: [
      'Bereit für die Frage des Tages?',
      'Soll ich dir die Frage des Tages stellen?',
      'Willst du die Frage des Tages probieren?',
      'Lust auf die Frage des Tages?',
      'Zeit für die Tagesfrage?',
    ],
    extraFortune: [
      'Möchtest du einen Extra-Spruch?',
      'Soll ich noch einen Keks aufbrechen?',
      'Wie wäre es mit noch einem Keks?',
      'Noch ein Keks gefällig?',
      'Lust auf einen Extra-Spruch?',
    ],
    done: ['Das ist alles, was ich heute für dich habe.', 'Du hast alle meine Kekse für heute gehört.', 'Das war der letzte für heute.'],
  },
  launchOffer: {
    quiz: [
      'Bereit für die Tagesfrage?',
      'Möchtest du die Tagesfrage?',
      'Jetzt die Tagesfrage?',
      'Lust auf die Tagesfrage?',
      'Zeit für die Tagesfrage?',
      'Die Tagesfrage gefällig?',
    ],
    // Short: "Lust auf", "neugierig auf" and "über" take the accusative, which equals the nominative for every topic here.
    series: ['Mehr {{nominative}}?', 'Weiter: {{nominative}}?', 'Deine Reihe weiter?', 'Weiter {{dative}}?', 'Zurück in deine Reihe?'],
    tip: [
      'Lust auf {{nominative}}?',
      'Einen Tipp gefällig?',
      'Etwas über {{nominative}}?',
      'Neugierig auf {{nominative}}?',
      'Ein Tipp für heute?',
    ],
    extraFortune: ['Noch ein Keks?', 'Einen Extra-Spruch?', 'Lust auf mehr Kekse?', 'Noch ein Spruch?', 'Ein Keks extra?'],
  },
  help: [
    'Ich lese dir jeden Tag einen neuen Spruch vor und teile Tipps aus Konferenzvorträgen. Frag zum Beispiel nach „einem Tipp über Postmortems“, nach „der Frage des Tages“ oder nach „meinem Spruch“.',
    'Du kannst nach „einem Tipp zu Containern“ oder nach „der Tagesfrage“ fragen, oder mit „weiter“ weitermachen.',
    'Frag nach „einem Tipp über Sprachdesign“. Mit „weiter“ kommt der nächste Tipp, mit „wiederhole das“ hörst du ihn nochmal.',
  ],
  goodbye: [
    'Tschüss!',
    'Bis morgen, dann wartet ein neuer Spruch!',
    'Bis bald!',
    'Mach’s gut, und komm morgen wieder!',
    'Bis morgen!',
    'Schönen Tag noch!',
    'Bis zum nächsten Keks!',
  ],
  fallback: [
    'Dabei kann Glückskeks nicht helfen, aber es hat Sprüche und Tipps, etwa „einen Tipp über Metriken“.',
    'Das habe ich nicht verstanden. Du kannst nach „meinem Spruch“ oder „einem Tipp über Auslieferung“ fragen.',
    'Hm, das steckt in keinem meiner Kekse. Probier „einen Tipp über Batch“ oder „die Frage des Tages“.',
  ],
  error: [
    'Entschuldige, mein Keks ist zerbröselt. Bitte versuch es noch einmal.',
    'Hoppla, bei mir ist etwas schiefgegangen. Bitte versuch es nochmal.',
    'Tut mir leid, damit hatte ich Probleme. Versuch es bitte noch einmal.',
  ],
  errorOpen: [
    'Entschuldige, mein Keks ist zerbröselt. Soll ich dir stattdessen deinen Spruch vorlesen?',
    'Hoppla, bei mir ist etwas schiefgegangen. Möchtest du stattdessen deinen Spruch?',
    'Tut mir leid, damit hatte ich Probleme. Möchtest du den Spruch des Tages?',
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
    nothing: ['Es gibt noch keine Reihe zum Durchblättern.', 'Du hast noch keine Reihe angefangen.', 'Noch läuft keine Reihe.'],
  },
  no: ['Alles klar.', 'Kein Problem.', 'Okay.'],
  quiz: {
    lead: ['Hier ist die Frage des Tages.', 'Frage des Tages!', 'Bereit? Die heutige Frage:'],
    prompt: ['Was ist deine Antwort?', 'Was meinst du?', 'Deine Antwort?'],
    how: {
      number: ['Eine Zahl genügt.', 'Die Zahl allein reicht.', 'Antworte mit einer Zahl.'],
      yesNo: ['Ja oder nein genügt.', 'Ein Ja oder Nein reicht.', 'Einfach ja oder nein.'],
      words: ['Ein, zwei Wörter genügen.', 'Die Antwort allein reicht.', 'Eine kurze Antwort genügt.'],
    },
    help: [
      'Hängst du fest? „Ich gebe auf“ verrät die Lösung.',
      'Keine Eile. Mit „keine Ahnung“ hörst du die Lösung.',
      'Hier nochmal die Frage, oder „sag mir die Antwort“.',
    ],
    notYesNo: ['Diese Frage braucht eine echte Antwort, kein Ja.', 'Das ist keine Ja-oder-Nein-Frage.', 'Diese Frage will eine Antwort.'],
    correct: ['Richtig!', 'Genau!', 'Stimmt!'],
    wrong: ['Richtig wäre: {{answer}}.', 'Nicht ganz. Richtig wäre: {{answer}}.', 'Leider nicht. Richtig wäre: {{answer}}.'],
    givenUp: [
      'Kein Problem. Die Lösung: {{answer}}.',
      'Macht nichts, die Antwort lautet: {{answer}}.',
      'Schon gut. Richtig ist: {{answer}}.',
    ],
    answerWas: ['Die heutige Lösung war: {{answer}}.', 'Heute war die Antwort: {{answer}}.', 'Richtig war: {{answer}}.'],
    skipped: [
      'Übersprungen. Die Lösung war: {{answer}}.',
      'Gut, wir lassen sie aus. Richtig wäre: {{answer}}.',
      'Frage übersprungen. Die Antwort: {{answer}}.',
    ],
    streakStart: ['Deine Serie beginnt heute.', 'Das ist Tag eins deiner Serie.', 'Tag eins einer neuen Serie!'],
    streak: ['Das sind {{count}} Tage in Folge!', 'Deine Serie steht jetzt bei {{count}} Tagen.', '{{count}} Tage am Stück. Weiter so!'],
    already: [
      'Die heutige Frage hast du schon beantwortet. Um Mitternacht kommt die nächste.',
      'Ein Versuch pro Tag, und der heutige ist erledigt. Nach Mitternacht gibt es die nächste Frage.',
      'Die Frage von heute ist beantwortet. Die nächste kommt um Mitternacht.',
    ],
    noAnswer: ['Ich habe keine Antwort verstanden.', 'Deine Antwort ist mir entgangen.', 'Entschuldige, das habe ich nicht verstanden.'],
    stillOpen: [
      'Die Tagesfrage ist noch offen. Mit „überspringen“ geht es weiter.',
      'Erst noch diese Frage, oder du überspringst sie.',
      'Die Frage wartet noch. Mit „weiter“ lässt du sie aus.',
    ],
    none: ['Heute gibt es keine Frage.', 'Das Quiz macht heute Pause.', 'Heute leider keine Frage.'],
  },
  replay: { lead: ['Hier nochmal.', 'Noch einmal:', 'Nochmal, vom letzten Mal:'] },
  card: {
    fortune: 'Spruch des Tages',
    extraFortune: 'Ein Extra-Spruch',
    tip: 'Ein Tipp {{dative}}',
    help: 'Was Glückskeks kann',
    question: 'Frage des Tages',
  },
  topics: {
    'batch-computing': { nominative: 'Batch-Verarbeitung', dative: 'zur Batch-Verarbeitung' },
    postmortems: { nominative: 'Postmortems', dative: 'zu Postmortems' },
    metrics: { nominative: 'Metriken', dative: 'zu Metriken' },
    'continuous-delivery': { nominative: 'kontinuierliche Auslieferung', dative: 'zur kontinuierlichen Auslieferung' },
    containers: { nominative: 'Container', dative: 'zu Containern' },
    'voice-design': { nominative: 'Sprachdesign', dative: 'zum Sprachdesign' },
    fortunes: { nominative: 'Glückssprüche', dative: 'zu Glückssprüchen' },
  },
  weekdays: { 0: 'Sonntag', 1: 'Montag', 2: 'Dienstag', 3: 'Mittwoch', 4: 'Donnerstag', 5: 'Freitag', 6: 'Samstag' },
};
