/**
 * Everyday English words that hashtags are made of, for segmenting `#endthestigma` and
 * `#itsokaytonotbeokay` (the lexicons' own words are added to these). Kept short on purpose:
 * a rare word in this list makes a wrong split more likely than a missed one.
 */
export const COMMON_WORDS: readonly string[] = (
  'mental health matters matter awareness month week day world end stigma lets let talk bell ' +
  'sick not alone okay ok its it is to be you are we our your my me i am life love hope help ' +
  'share story stories speak up out loud break silence fight against support each other peer ' +
  'self care kind kindness mind minds brain body recovery journey strong stronger together ' +
  'time change start conversation voice voices real truth chat safe space suicide prevention ' +
  'survivor survivors warrior warriors living with free freedom happy happiness sad anxious ' +
  'depressed depression anxiety bipolar trauma ptsd eating disorder disorders therapy therapist ' +
  'medication meds wellness wellbeing well being healing heal journal gratitude mindful ' +
  'mindfulness meditation yoga walk run sleep rest breathe breath calm peace hug hugs thank ' +
  'thanks grateful proud brave courage never give keep going stay still here there this that ' +
  'what who how why when now today tomorrow new good bad best better worst feel feeling feelings ' +
  'think thinking thoughts words word reach check in on off for from the a an and or of at by ' +
  'no yes all every one two three first last more less most much many some any fund raise ' +
  'donate charity walk run ride challenge campaign policy law vote rights access care men ' +
  'women mens womens kids teen teens youth student students mom mum dad parent parents family ' +
  'friend friends work workplace school college social media online offline boys girls people ' +
  'human humans being beings do does did make made get got go went see seen look hear heard ' +
  'listen listening tell told ask asked say said read write wrote post posts blog vlog video ' +
  'podcast music art photo photography nature dog dogs cat cats coffee tea food sunday monday ' +
  'motivation motivational inspiration inspire quote quotes quoteoftheday thought positive ' +
  'positivity vibes goals growth mindset'
).split(' ');
