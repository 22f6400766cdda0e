/**
 * English phrasings (en-US and en-GB). Every recurring prompt has several phrasings; one is picked per
 * turn and never the same one twice in a row (welcomes and leads: across sessions too). Plain text: the
 * speech composer escapes it and applies the pronunciation lexicon. Every question to the listener is
 * one yes/no choice. Help and fallback give examples in “curly quotes” (silent in speech): each one is
 * checked to reach its intent in the project's own simulator (test/handlers/suggestedPhrases.test.ts).
 * Topic placeholders: {{name}} ("postmortems") and {{attributive}} ("postmortem", before a noun).
 */
export const en = {
  welcome: {
    first: [
      'Welcome to Fortune Cookie: a fresh fortune every day. Here is yours.',
      'Hello, and welcome to Fortune Cookie! Your first cookie:',
      'Welcome! Fortune Cookie cracks one fortune a day. Today’s cookie:',
    ],
    back: [
      'Welcome back! Today’s cookie:',
      'Hello again! Your cookie:',
      'Happy {{weekday}}! Your fortune:',
      'Back again? Lovely.',
      'New day, new cookie.',
      'Good to hear you again!',
      '{{weekday}} already! Your fortune:',
    ],
    backStreak: ['{{count}} days in a row!', '{{count}} days running! Today’s cookie:', 'Welcome back, streak of {{count}}!'],
  },
  fortune: {
    lead: ["Here is today's fortune.", 'Your cookie cracks open.', "Today's fortune reads:", 'Let us see what the cookie says.'],
    extraLead: ['Here is an extra fortune.', 'An extra cookie, just for you.', 'One more cookie cracks open.'],
  },
  tip: {
    // Short (at most five words): the tip itself is up to 29 words, and a turn is one breath.
    lead: ['A tip on {{name}}.', 'On {{name}}:', 'A {{attributive}} tip:', 'One on {{name}}:', 'About {{name}}:'],
    unknownTopic: [
      "I don't have tips on that yet. Here's {{name}}:",
      "That isn't in my cookies yet. Try {{name}}:",
      'No tips on that one yet. One on {{name}}:',
    ],
    empty: [
      'I have no tips on {{name}} right now.',
      'My {{attributive}} tips are out for a moment.',
      'There are no {{attributive}} tips to share just now.',
    ],
  },
  offer: {
    // Offers are heard after every answer: many short phrasings, so six yeses in a row do not repeat one.
    related: [
      'Want a related tip about {{name}}?',
      'Another one on {{name}}?',
      'More on {{name}}?',
      'A related {{attributive}} tip?',
      'Shall I add one on {{name}}?',
      'Want one more about {{name}}?',
      'Keep going with {{name}}?',
    ],
    relatedFortune: [
      'Want a fortune that fits?',
      'Shall I crack a cookie to match?',
      'A fortune to go with that?',
      'Want a matching cookie?',
      'How about a fitting fortune?',
    ],
    tip: [
      'Want a tip about {{name}}?',
      'Shall I share a tip about {{name}}?',
      'How about a tip on {{name}}?',
      'A tip on {{name}} next?',
      'Curious about {{name}}?',
    ],
    series: [
      'Shall we continue your {{attributive}} series?',
      'Want the next tip in your {{attributive}} series?',
      'Ready for your next {{attributive}} tip?',
      'Back to your {{attributive}} series?',
      'Next in your {{attributive}} series?',
    ],
    quiz: [
      'Ready for today’s question?',
      'Shall I ask today’s question?',
      'Want to try today’s question?',
      'Up for today’s question?',
      'Time for today’s question?',
    ],
    extraFortune: [
      'Want an extra fortune?',
      'Shall I crack open an extra cookie?',
      'How about one more cookie?',
      'Another cookie?',
      'Care for one more fortune?',
    ],
    done: ['That is everything I have for you today.', 'You have heard all my cookies for now.', 'That was the last one for today.'],
  },
  /** The launch's one next step, in its shortest words (a launch is one breath: at most four words). */
  launchOffer: {
    quiz: [
      'Ready for today’s question?',
      'Want today’s question?',
      'Today’s question next?',
      'Up for today’s question?',
      'Try today’s question?',
      'Time for today’s question?',
    ],
    series: ['More {{attributive}} tips?', 'Next {{attributive}} tip?', 'Back to {{name}}?', 'Continue with {{name}}?', 'Resume {{name}}?'],
    tip: ['A {{attributive}} tip?', 'Want {{attributive}} tips?', 'How about {{name}}?', 'Curious about {{name}}?', 'Try {{name}}?'],
    extraFortune: ['Want an extra cookie?', 'One more cookie?', 'Another fortune?', 'Crack one more?', 'An extra fortune?'],
  },
  help: [
    'I read one fresh fortune a day and share tips from conference talks. You can ask for “a tip about postmortems”, “today’s question” or “my fortune”.',
    'Ask me for “a tip about containers”, for “the daily question”, or “continue” to keep going.',
    'You could ask for “a tip on voice design”; “next” brings the following tip, and “say that again” repeats it.',
  ],
  goodbye: [
    'Goodbye!',
    'See you tomorrow for a fresh fortune!',
    'Bye for now!',
    'Take care, and come back tomorrow!',
    'Until tomorrow!',
    'See you soon!',
    'Bye! Another cookie waits tomorrow.',
  ],
  fallback: [
    'Fortune Cookie can’t help with that, but it has fortunes and tips, like “a tip about metrics”.',
    'I didn’t catch that. You can ask for “my fortune” or “a tip about delivery”.',
    'Hmm, that is not in my cookies. Try “a tip about batch” or “today’s question”.',
  ],
  error: [
    'Sorry, my cookie crumbled. Please try that again.',
    'Oops, something went wrong on my side. Please try again.',
    'Sorry, I had trouble with that one. Could you try again?',
  ],
  errorOpen: [
    'Sorry, my cookie crumbled. Shall I read your fortune instead?',
    'Oops, something went wrong on my side. Would you like your fortune instead?',
    'Sorry, I had trouble with that one. Want today’s fortune?',
  ],
  repeat: {
    empty: [
      "I haven't told you anything yet. Want today's fortune?",
      'There is nothing to repeat yet. Shall I read your fortune?',
      "Nothing said so far! Would you like today's fortune?",
    ],
  },
  series: {
    wrapped: [
      "You've heard every tip in this series. Starting again from the top.",
      'That was the whole series! Back to the first one.',
      'You have been through them all. Here is the first again.',
    ],
    atStart: ['That is the first one in this series.', 'We are already at the beginning.', 'There is nothing before this one.'],
    nothing: ['There is no series to step through yet.', 'You have not started a series yet.', 'No series on the go yet.'],
  },
  no: ['Alright.', 'No problem.', 'Okay.'],
  quiz: {
    lead: ["Here is today's question.", 'Question of the day!', 'Ready? Today’s question:'],
    prompt: ["What's your answer?", 'What do you say?', 'Your answer?'],
    how: {
      number: ['A number is enough.', 'Just the number will do.', 'Answer with a number.'],
      yesNo: ['Yes or no will do.', 'A yes or a no is enough.', 'Just yes or no.'],
      words: ['A word or two is enough.', 'Just the answer will do, in a few words.', 'A short answer is enough.'],
    },
    // Help inside the question teaches giving up: stuck listeners said "I don't know" and heard the question again.
    help: ['Stuck? “I give up” works too.', 'No rush, or “tell me the answer”.', 'Stuck? “No idea” gets the answer.'],
    notYesNo: ['That one needs a real answer, not a yes.', 'Not a yes or no question, this one.', 'This question wants an answer.'],
    correct: ['Correct!', 'Spot on!', "That's right!"],
    wrong: ['Not quite. The answer was {{answer}}.', 'The answer was {{answer}}.', 'Not this time: it was {{answer}}.'],
    givenUp: ['No worries. The answer is {{answer}}.', 'Fair enough. It was {{answer}}.', 'No problem, here it is: {{answer}}.'],
    answerWas: ['Today’s answer was {{answer}}.', 'The answer today: {{answer}}.', 'It was {{answer}}.'],
    skipped: ['Skipped. It was {{answer}}.', 'Question skipped; the answer was {{answer}}.', 'Skipping it. The answer: {{answer}}.'],
    streakStart: ['Your streak starts today.', 'That is day one of your streak.', 'Day one of a new streak!'],
    streak: ['That makes a {{count}} day streak!', 'Your streak is now {{count}} days.', '{{count}} days in a row. Keep it up!'],
    already: [
      "You've already answered today's question. A new one comes at midnight.",
      'One try a day, and today’s is done. Come back after midnight for the next question.',
      'Today’s question is answered. The next one arrives at midnight.',
    ],
    noAnswer: ["I didn't catch an answer.", 'I missed your answer.', 'Sorry, I did not get that.'],
    // "Previous" or "start over" inside the question keep it (the try stays unused) and say how to leave it.
    stillOpen: [
      'The question’s still open; “skip” moves on.',
      'Let’s finish this one, or “skip” it.',
      'It’s still waiting; “skip” leaves it.',
    ],
    none: ['There is no question today.', 'The quiz is resting today.', 'No question today, sorry.'],
  },
  replay: { lead: ['Here it is again.', 'Once more:', 'Again, from last time:'] },
  card: {
    fortune: "Today's fortune",
    extraFortune: 'An extra fortune',
    tip: 'A tip about {{name}}',
    help: 'What Fortune Cookie can do',
    question: "Today's question",
  },
  /** Each topic's name in the forms the phrasings need. */
  topics: {
    'batch-computing': { name: 'batch computing', attributive: 'batch computing' },
    postmortems: { name: 'postmortems', attributive: 'postmortem' },
    metrics: { name: 'metrics', attributive: 'metrics' },
    'continuous-delivery': { name: 'continuous delivery', attributive: 'continuous delivery' },
    containers: { name: 'containers', attributive: 'container' },
    'voice-design': { name: 'voice design', attributive: 'voice design' },
    fortunes: { name: 'fortunes', attributive: 'fortune' },
  },
  weekdays: { 0: 'Sunday', 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday' },
} as const;

export type PromptTree = typeof en;
