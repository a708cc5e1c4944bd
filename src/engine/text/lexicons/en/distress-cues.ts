/**
 * Word classes for the weak-cue rule (`distress-cues.ts`): a text written in the first person
 * that piles up negative-emotion words is flagged as `concern` even when no crisis phrase
 * matches. Suicidal writing uses more first-person singular pronouns (Stirman & Pennebaker
 * 2001, "Word use in the poetry of suicidal and nonsuicidal poets", Psychosomatic Medicine 63)
 * and more negative-emotion words (LIWC sadness, anxiety and anger categories; Pennebaker et al.
 * 2015). Single words only; phrases belong in `crisis.ts`.
 */
export const distressCueLexicon = {
  id: 'en.distress-cues',
  version: '1',
  language: 'en',
  firstPerson: ['i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'me', 'my', 'myself', 'mine'],
  secondPerson: [
    'you',
    "you're",
    'youre',
    'u',
    'ur',
    'your',
    'yourself',
    "you've",
    "you'd",
    "you'll",
  ],
  /** LIWC-style negative emotion and self-evaluation words, as people write them about themselves. */
  negative: (
    'sad sadness depressed lonely loneliness alone miserable misery hopeless worthless useless empty numb ' +
    'tired exhausted hurt hurts hurting pain painful cry crying cried tears scared afraid terrified anxious ' +
    'panic hate hated hating ugly loser failure stupid pathetic suffer suffering struggle struggling broken ' +
    'lost awful terrible horrible shit shitty fucked worse worst guilt guilty ashamed shame regret dark ' +
    'darkness unhappy upset despair desperate abandoned rejected unloved unwanted overwhelmed stressed ' +
    'nightmare nightmares fear hopelessness emptiness disgusting worthlessness meaningless pointless ' +
    'trapped stuck suicidal die death dead kill'
  ).split(' '),
} as const;
