import type { CrisisGroup } from '../../lexicon.js';

/**
 * An interrupted attempt at a height (en.crisis 2.53): ideation beside talk of death, and the
 * place as means beside other ideation, so two groups share these phrases.
 */
const AT_THE_EDGE: readonly string[] = [
  '(stood|standing|stepped|sat|sitting) (on|at) (the|a)? edge of (the|a)? (roof|rooftop|bridge|building|balcony|ledge|overpass|parking garage)',
  '(climbed|went) (over|onto) (the)? (railing|railings) (of|on) (the|a)? (bridge|balcony|roof|overpass)',
];

/** The means stared at (en.crisis 2.55): ideation, and means beside other ideation. */
const MEANS_STARED_AT: readonly string[] = [
  '(i|been) (stared|staring|looked|sat) (at|with) (the|my|a bottle of) (pills|razor|blade|rope) (for (hours|an hour|a long time)|in front of me)',
];

/**
 * Indirect crisis language for English, added to `crisisLexicon` (lexicon version 2). People
 * in crisis rarely say "I want to kill myself" in those words: the C-SSRS screener's lower
 * levels (wish to be dead, non-specific active thoughts) and the Lifeline/AFSP warning signs
 * (hopelessness, feeling trapped, being a burden, unbearable pain, seeking means, saying
 * goodbye) are mostly said indirectly. Each group below is one such family, written from those
 * descriptions and from common online phrasings (lower case, contractions without apostrophes,
 * algospeak), never from individual posts.
 */
export const indirectCrisisGroups: readonly CrisisGroup[] = [
  {
    // C-SSRS item 1, wish to be dead: passive wishes and indifference to living
    category: 'ideation',
    person: 'open',
    phrases: [
      "(no longer|not) (want|wanna|wish) to (live|be alive|exist|be here|wake up|go on)|(don't|dont|do not) (really)? want to be (alive|here) (anymore)?",
      '(lose|losing|lost|lose all) (the|my|any)? (will|desire|want) to (live|go on|keep going|be alive)',
      '(rather|prefer to|prefer) (just)? (not (exist|be alive|be here|wake up|be born)|never (wake up|have been born|have existed))',
      "wish i (never|had never|hadn't) (existed|been born|woke up)|(like|as if) i never existed|erase my (existence|self)|stop existing|cease to exist|cease existing",
      '(crave|craving|craves|long for|longing for|yearn for|yearning for|wish for|wishing for|pray for|praying for|ready for|welcome|looking forward to) (my)? (death|dying|the end|eternal sleep|oblivion|the void)',
      'death (sounds|seems|feels|looks) (so)? (nice|good|peaceful|better|like (a relief|an escape|the answer))|(dying|death|suicide) (is|seems|feels|would be) (so)? (tempting|appealing|inviting|a relief|peaceful|the answer|my only option)',
      "(don't|dont|do not|wouldn't|wouldnt|won't) (care|mind) (if|whether) i (live|die|died|wake up|make it|get hit|disappear|(didn't|don't|never|did not) wake up)|(don't|dont|wouldn't|wouldnt) mind (dying|not waking up|being dead)",
      "(hope|hoping|wish|wishing|pray|praying) (i|that i) (die|get hit|get sick and die|don't make it|won't make it|never wake up|just die|pass away)",
      '(end|ending|stop) my (suffering|misery|pain|existence)|put (myself|me) out of my misery|end (the|this) (suffering|misery) (for good|forever|once and for all)?|make (the|this|it) (pain)? stop (for good|forever|permanently)',
      '(eternal|permanent|forever) (sleep|escape)|sleep (forever|and never wake up|and not wake up|n never wake up|n not wake up)|(go|fall) to sleep (forever|and never wake up|and not wake up|n never wake up)',
    ],
  },
  {
    // C-SSRS item 2, non-specific active thoughts: courage, urges, closeness to the act
    category: 'ideation',
    person: 'open',
    phrases: [
      '(courage|guts|balls|nerve|strength|bravery) to (do it|end it|end it all|jump|kill myself|go through with it|pull the trigger|end my life|actually do it|finally do it|die|follow through)',
      '(too)? (scared|afraid|cowardly|chicken|weak|much of a coward|much of a pussy) to (do it|kill myself|end it|end my life|die|go through with it|actually do it|try)',
      '(urge|urges|tempted|temptation|tempting|itching) to (die|jump|end it|do it|kill myself|hurt myself|harm myself|cut|stab myself|hang myself|overdose|od|drive off|crash|end my life|shove|swallow)',
      '(on the)? (edge|verge|brink) of (suicide|ending it|ending my life|killing myself|doing it|giving up)|(so|really|very|dangerously)? close to (ending it|doing it|killing myself|ending my life|suicide|giving up|the edge)',
      '(think|thinking|thought|thoughts) (about|of) (doing it|ending it|ending things|not being here|not existing|not waking up|disappearing|taking my life|death|my death|my funeral|dying) (every day|everyday|all the time|constantly|daily|every night|a lot|nonstop)?',
      "suicidal (again|thoughts|urges|ideation|feelings|tendencies)|(feel|feeling|felt|been|getting|get|am|i'm|im) (so|really|very|extremely|pretty|kinda|kind of)? suicidal|suicidal af",
      'ctb|(on the)? (fence|edge) about (suicide|ending it|doing it)',
      'sewer slide|sewerslided|unalived|un alive|su1c1de|suic1de|s u i c i d e|suicidal ideation|si thoughts',
      '(ending|end) it all|(decided|desided|deciding|settled) (on|to) (end|ending) (it|it all|things|my life)',
      "(why|how) (should|shouldn't|shouldnt) i (not)? (end it|kill myself|keep going|go on|stay|live|bother)|why (the fuck)? (should|would) i (keep|stay|live|go on|bother)|why (even)? bother (living|going on|trying|existing)",
      '(reason|reasons) (not)? to (end it|end my life|kill myself|stay alive|keep living|live|keep going|stay|go on)|(give me|need|find|looking for|have|got) (a|one|any) (good)? reason (to live|to stay|to keep going|to go on|to stay alive|not to)',
      'suicide (is|seems|feels|would be) (the|my|a)? (only|best|easiest|right|logical)? (answer|option|way out|solution|choice|escape|way|idea)|(how|why) is (suicide|death|dying) not',
      "(destined|meant) to die (by suicide|young|alone|soon)|(not|never) meant to (exist|be alive|be here|live)|(shouldn't|should not|wasn't|was not) (meant to|supposed to) (exist|be born|be alive|be here)",
    ],
  },
  {
    // C-SSRS item 2 in the first person only: regret at surviving, "not much longer"
    category: 'ideation',
    person: 'first',
    phrases: [
      "(regret|regretting) (not)? (ending it|ending my life|killing myself|doing it|dying|surviving|waking up)|wish (it|my attempt|the attempt|the overdose) (had)? worked|wish i (had)? (died|succeeded|didn't wake up|didn't survive)",
      "(i'm|im|i am|i) (not|never) (going to|gonna) (make it|last|survive) (through|past|to|another|much longer|this year|the year|the week|the night)?|(i|i'll|i will)? (won't|will not|wont) (last|make it|survive) (long|much longer|another|the|this|through)?",
      "(can't|cant|cannot|don't|dont|couldn't|couldnt) (see|imagine|picture) myself (living|alive|making it|being here|surviving|getting older|growing old|in (a|five|ten|a few) years|(a|five|ten|a few) years from now)|(if|even if) i make it (through|past|pass|to)",
      'my (death|funeral) (will|would)',
      "(miss|notice|care about|care) me if i (died|die|was gone|were gone|disappeared|killed myself|left)|if i'd (died|gone|disappeared)|(would|will) (anyone|anybody) even (notice|care|miss me)",
      "(i'm|im|i am|i) (so)? (tired|sick|exhausted) of (being alive|living|existing|waking up|life|fighting|trying|everything|it all|this life|my life|being me)",
    ],
  },
  {
    // method and means seeking: questions about lethality, a way, a place (Lifeline: seeking methods)
    category: 'plan',
    person: 'first',
    phrases: [
      '(easiest|quickest|fastest|painless|least painful|most painless|best|surest|simplest|quietest|cleanest|most effective) (way|ways|method|methods)? to (kill (myself|yourself|oneself|me)|end (it|it all|my life|your life|things)|die|off myself|od|overdose|commit suicide)',
      '(suicide|suicidal) (method|methods|spot|spots|bridge|forest)|(method|methods|ways|way) of (suicide|dying|killing (myself|yourself|oneself))|option for suicide|place to (jump|die|end it|kill myself)|places to (jump|die)',
      '(is|does) (hanging|drowning|overdosing|jumping|bleeding out|slitting|an overdose|oding|suffocating|carbon monoxide|helium) (too)? (painful|hurt|quick|fast|painless|work|lethal|fatal)',
      "(lethal|fatal|deadly) (dose|amount|overdose|quantity|combination)|how (much|many) (pills|tablets|mg|of them) (would|will|does) it take|how many pills to (die|kill|od|overdose)|(mix|mixed|combine|combining) to (kill|die|make a gas)|to (kill|end) (oneself|one's self|one self)",
      '(hydrogen sulfide|sodium nitrite|chlorine gas|exit bag|nitrogen tank|helium tank|carbon monoxide) (to|and|kill|suicide|death)?',
      '(fulfil|fulfill|carry out|execute|follow through (with)?|go through with|act on|stick to) (my|the) plan|(started|start|been|finished|keep) writing (my)? (notes|letters|goodbye letters|goodbyes)|(writing|wrote|write|written) (notes|letters) to (my|everyone|the people)',
      "(bought|got|have|ordered|picked up|gathered|collected|found) (what|everything|all) (i|i'll) need (to|for) (end my life|kill myself|end it all|die|end things|my suicide)",
      "(if i had|if i could get|if i owned|if i had access to|only thing stopping me is) (a|the|any)? (gun|firearm|pistol|rope|pills|enough pills|a way)|only (thing|reason) (stopping|keeping) me (from (it|doing it|ending it|killing myself))? is (that)? i (don't|dont|do not|can't|cant|cannot) (have|get|afford|find|buy|own) (a|any|enough)? (gun|rope|pills|means|way)|only thing stopping me is (that)? i (don't|can't) (have|get|own) a (firearm|pistol)|(blow|blowing) my (fucking)? (brains|head) out|(set|setting) myself on fire|(douse|dousing) (myself|my body)",
      'throw myself (off|from) (of)? (a|the|my)? (bridge|building|roof|cliff|balcony|tower|overpass|window|ledge|top floor|parking garage|skyscraper|car park)',
      '(took|take|swallow|swallowed|downing|downed) (a handful|a bunch|a whole bottle|an entire bottle|the whole bottle|a bottle|all) of (my|the|these|those)? (pills|meds|tablets|medication|sleeping pills|painkillers)|(downing|swallowing) (these|those|the|whatever|all the|all my) (pills|meds|tablets)',
    ],
  },
  {
    // euphemisms that mean suicide only when the clause says "I" and the text speaks of death
    category: 'ideation',
    person: 'anchored',
    phrases: [
      '(gonna|going to|about to|might|will) commit|made (my|the|up my) (decision|mind)|(at peace|calm|okay|ok|content) with my decision|know what i (have|need|got) to do|find peace|(just)? go now|finally (do it|end it|go)|ready to (leave|let go|be done)|let go (of life|for good|forever)',
    ],
  },
  {
    // a goodbye or its preparation (Lifeline/AFSP: giving away possessions, saying goodbye)
    category: 'goodbye',
    person: 'first',
    phrases: [
      "(won't|wont|will not) be (here|around|alive) (for)? (much|very)? (longer|long)|(not|won't|wont|will not) be (here|around) (for)? much longer|(my|the) (last|final) (days|day|night|week|weeks|moments|hours) (on earth|alive|here)",
      '(see|meet) you (all)? (next time around|in another life|in the next life|on the other side|in heaven|in the afterlife)|farewell (everyone|everybody|world|forever)|goodbye (cruel)? world|goodbye forever',
      '(final|last) (good bye|goodbye|goodbyes) (message|letter|text|note)?',
    ],
  },
  {
    // hopelessness: no future, nothing will change, no point (Beck hopelessness; Lifeline signs)
    category: 'hopelessness',
    person: 'open',
    phrases: [
      "(can't|cannot|can not) (deal with|handle|take|do|bear|stand|cope with|live with|go through) (it|this|life|my life|the pain|any of it|any of this|anything|everything|living|another day) (anymore|any more|any longer)|(can't|cannot) (take|handle|do|deal with|keep up with|live with) (this shit|this pain|this life|it|this|any of it) (no more|much longer)",
      "(can't|cant|cannot|can not|don't|dont) (see|imagine|picture) (a|any|my|the)? (future|way out|way forward|light|end to this|point)|(no|zero) (hope|future|point) (for me|left)|hard to see the point|(see|find) no (point|reason|future)",
      "(what's|whats|what is) (even)? the point|why (even)? (try|keep trying|keep going|go on|bother) (anymore|any more)|(no|there's no|there is no) point (in|to)? (even)? (trying|living|anything|going on|it|carrying on|getting up|any of this)",
      "(it|things|life|everything) (just)? (keeps|keep|is|has been) getting worse|(constantly|always|only) getting worse|(never|won't|will never|wont ever) (get|getting|gets) (any)? better|(it's|it is|its) not getting better",
      'nothing (will|is going to|is gonna|ever) (change|get better|help|matter)|nothing (helps|matters) (anymore|any more)?|(tried|try|tried everything|done everything) (and)? nothing (helps|works|changes)',
      "(i'm|im|i am) (pretty)? (done|finished) (with)? (life|living|everything|it all|trying|fighting|this world|this life|being alive|existing)|i am done|(just about|completely|totally) done",
      "(i've|i have|ive) (lost|given up) (all)? (hope|faith|interest in (life|living|everything))|(lost|losing) (all)? (my|the)? (hope|motivation|reason) (to|for) (live|living|keep going|go on)",
      "(hold on|last|keep going|go on|do this|take this|carry on) (much|a lot|any|for much|very much) longer|(not sure|don't know|unsure|wonder|wondering|see) (if|whether) i (can|will|could) (still)? (carry on|go on|keep going|make it|last|survive|hold on)|(not sure|don't know|unsure) (if|whether) (i'm|i am) (still)? (going to|gonna) (live|make it|be alive|be here|be okay)",
      "(life|living|my life|existence|it all) (isn't|is not|isnt|ain't|aint|not|is never) worth (it|the effort|the pain|the struggle|anything|fighting for)|(don't|dont) (even)? want (help|to get better|to try|to be helped) (anymore|any more)",
      "(has|have)? (constantly|always|only|just) been getting worse|(it's|its|it is|everything is|everything's|life is|it's all|it is all) (just)? too much (for me|to handle|to bear)?|(stopped|stop|don't|dont) (caring|care) about (myself|anything|everything|my appearance|how i look|life|living|what happens to me)",
    ],
  },
  {
    // entrapment (Williams' arrested flight; O'Connor's IMV model): stuck, no exit
    category: 'trapped',
    person: 'open',
    phrases: [
      '(stuck|trapped|caught|locked) in (this|an|a|my|another)? (endless|never ending|vicious|hopeless)? (cycle|loop|hell|nightmare|rut|spiral|prison)',
      "(there's|there is|theres) no (way out|escape|coming back|exit|fixing this|fixing me|getting out)|no (way|escape|exit) (from|out of) (this|here|it)|nowhere (to go|left to go|to turn|to run|to hide)",
    ],
  },
  {
    // burden and disconnection (Joiner's interpersonal theory: perceived burdensomeness, thwarted belongingness)
    category: 'burden',
    person: 'open',
    phrases: [
      '(everyone|everybody|they|people|my family|the world|my friends|my parents|my kids) (would|will) be (better off|happier|better|lighter|brighter|easier|a better place) (without me|if i (was|were) gone|if i died|if i disappeared)',
      // one's death as a loss soon got over (perceived dispensability)
      '(everyone|people|my family|my friends) (would|will) (move on|get over it|forget me|forget about me) (so fast|quickly|in a week|within a week|in a few days)? if i (was|were|died)',
      "(i'm|im|i am|feel like) (a|an|such a) (parasite|drain|waste of space|mistake|disappointment)",
      '(nobody|no one|noone|no body) (would|will|even)? (care|cares|notice|notices|miss me|misses me|give a fuck|gives a fuck|gives a shit) (if|when|until) i',
      "(nobody|no one|noone) (cares|will care|would care|gives a fuck|gives a shit|notices|will notice) until (you|i|we|someone) (die|dies|are dead|kill yourself|kill myself)|(would|will) (anyone|anybody) (even)? (notice|care|miss me) (if|when) i (disappear|disappeared|was gone|were gone|wasn't here|weren't here|wasn't around|weren't around|died)",
      "(make|making|made) (everyone|everybody|their|people's|my family's) (lives|life) (worse|harder|miserable)|(ruined|ruin|ruining) (everyone's|everything for everyone|their lives|my family's life)",
    ],
  },
  {
    // unbearable pain and distress (Shneidman's psychache; AFSP "unbearable pain")
    category: 'distress',
    person: 'open',
    phrases: [
      "(loneliness|the loneliness|depression|my depression|the pain|this pain|sadness|the sadness|being alone|life|my life|it all|everything) (is|has been|'s|keeps) (slowly)? killing me|eating me alive|eating away at me",
      "(feel|feeling|felt|i'm|im|i am) (incredibly|always)? (invisible|worthless|unwanted|unloved|hollow|dead inside|empty inside|numb inside|lifeless|defeated|miserable)",
      '(i|i really|i just|i desperately) (need|want|wanna) to (talk|speak|vent) to (someone|somebody|anyone|anybody)|(i|i really|i just|i desperately) (need|want) (some)? (help|someone|somebody) (please|right now|now|to talk to|to chat|to vent)?|(can|could|will|would) (someone|somebody|anyone|anybody) (please)? (talk to me|help me|message me|listen)|someone (please)? (talk to me|help me)|(no one|nobody|noone|no body|nobody left|no one left) to (turn to|talk to|go to)|i have no one',
      "emotional distress|(mental|nervous) breakdown|cry for help|(at|reached|reaching|hit) (my)? (breaking point|wits end|wit's end|end of my tether|the end of my rope|my limit)|can't take (much|any) more|(spiraling|spiralling) (again|down)",
      '(hate|hating|despise|loathe) (everything|every single thing|all) about (myself|me|my body|my life|my face)|(self hatred|self loathing|self hate)|(seething|deep|intense) hatred (to|towards|for|of) myself',
      "(voices|the voices) (are back|again|(are|keep)? telling me to|(yelling|screaming|shouting|talking) in my head)|(i'm|im|i am|i keep|keep) hearing voices",
      "(i'm|im|i am|i feel|feel|feeling) (so|very|really|extremely|incredibly|always) (lonely|isolated)|(fun|good|nice) (ride)? while it lasted",
      "(can't|cant|cannot) stand (this|the|my)? (loneliness|pain|emptiness|existence|feeling|being alive|being me) (anymore|any more|one more (minute|day|second))?|(nobody|no one|noone) (knows|know|notices|notice|cares|care) (that)? i (even)? exist",
      '(i|i just) hate (life|living|existing|being me|who i am|my body|my existence|my self|my brain|my mind|everything about me)|fuck (this|my) (life|existence|world|nightmare|shit life)',
      "(not planning|not going|never planning|don't plan|dont plan|not intending|no plans) (on|to)? (coming|come) (back|home)",
      "(can't|cant|cannot) (stop|quit) (crying|shaking|thinking about (dying|death|ending it))|(cried|crying|sobbing|bawling|balling) (my eyes out|all night|all day|myself to sleep)",
    ],
  },
  {
    // self-harm urges and acts beyond the core list (NSSI: punching, hitting, burning)
    category: 'self_harm',
    person: 'open',
    phrases: [
      '(punch|punching|punched|bite|biting|choke|choking|scratching|pinch|pinching|banging|hitting) myself|(fight|struggle|trying|try|fighting) not to (hurt|cut|harm|kill) myself',
      '(urge|urges|wanting|want|need|needing|tempted) to (cut|self harm|sh|hurt myself|harm myself|burn myself|bleed)|(covered|cover) in (cuts|scars)|(relapsed|relapse|relapsing) (on|into|with)? (cutting|self harm|sh)',
    ],
  },
  // en.crisis 2.3: further warning-sign and screening families (CHANGELOG.md)
  {
    // hopelessness told as rejecting reassurance: tired of hearing that it gets better
    // (Beck hopelessness: expectations that things will not improve)
    category: 'hopelessness',
    person: 'open',
    phrases: [
      "(tired|sick) of (hearing|being told|people saying|people telling me|everyone saying) (that)? (it|things) (will get|gets|get|'ll get|is going to get|is gonna get) better",
      "(people|everyone|everybody|they) (keep saying|keeps saying|keep telling me|say|says|tell me) it (will get|gets) better (but|when) it (never|only|just|keeps|hasn't|doesn't)",
    ],
  },
  {
    // thwarted belongingness (Joiner): not wanted, not needed, belonging nowhere
    category: 'burden',
    person: 'open',
    phrases: [
      '(nobody|no one|noone|no body) (wants|needs) me (around|here|anymore|any more|in (their|his|her) (life|lives))',
      "(doesn't|does not|don't|do not) (want|need) me (around|anymore|any more|in (their|his|her) (life|lives))",
      "(i|i just|i really) (don't|do not) (belong|fit in) (anywhere|in this world|on this earth|with anyone|in this life)|(no|nowhere) (place|where) (for me|i belong)",
    ],
  },
  {
    // means safety (C-SSRS preparatory behaviour; Stanley-Brown safety plan, means
    // restriction): not trusting oneself near lethal means, means taken away for safety
    category: 'ideation',
    person: 'first',
    phrases: [
      "(don't|do not|can't|cannot|no longer) trust myself (with|around|near) (my|the|any)? (pills|meds|medication|knives|razors|blades|a gun|guns|sharp things|sharp objects)",
      '(hid|hidden|locked up|locked away) (the|my|all my|all the)? (knives|pills|meds|razors|blades|gun|guns) (away)? from myself',
      '(asked|had) my (roommate|friend|partner|mom|dad|parents|family) to (hold|hold onto|keep|hide) my (meds|pills|medication|knives|razors|blades) (because i|just in case|for my safety)',
      '(took|take|taken|takes) (all|all of)? my (meds|pills|medication|medications|knives|razors|blades|guns) away|(took|take|taken|takes) away (all|all of)? my (meds|pills|medication|medications|knives|razors|blades|guns)|(hid|hidden|locked up|locked away|removed) (all|all of)? my (meds|pills|medication|medications|knives|razors|blades|guns) (just in case|for my safety|from me)',
    ],
  },
  {
    // talking about wanting to die (Lifeline/AFSP warning sign): wanting or failing to talk
    // about one's own suicidal thoughts
    category: 'ideation',
    person: 'first',
    phrases: [
      "i (wish i could|want to|need to|can't|cannot|couldn't|have no one to) (talk|open up) (to (someone|anyone|somebody|my therapist|my doctor|my family|my parents))? about (suicide|sucide|suicidal thoughts|my suicidal thoughts|wanting to die|killing myself)",
      '(i|now i|i finally) (get|understand|know) why (people|someone|anyone|so many people) (commit suicide|kill themselves|end their lives|take their (own)? lives)',
    ],
  },
  {
    // C-SSRS item 1 said as being done: wanting to be done with living, morphological forms of
    // "end it all"
    category: 'ideation',
    person: 'open',
    phrases: [
      '(want|wanna|wants|ready|need) to be (done|finished|over) (here|with (it all|life|living|everything|this life|this world|existing|all of it|being alive))',
      '(ends|ended) it all|end it all (already|now|soon|tonight)',
    ],
  },
  {
    // hopelessness asked as a question: whether the pain will ever end (Beck hopelessness)
    category: 'hopelessness',
    person: 'open',
    phrases: [
      '(does|will|is) (it|this|the pain|the sadness|life|anything) ever (get|going to get|gonna get) better|(does|will) (it|this|the pain|the sadness) ever (stop|end|go away|ease|improve)',
      '(when|at what point) (does|will|did) (it|this|the pain|the sadness|life) (ever)? (get better|stop|end|go away|ease)',
    ],
  },
  {
    // C-SSRS intent said as a euphemism: finally finding peace or relief (a timeline modifier
    // after it makes it urgent)
    category: 'ideation',
    person: 'first',
    phrases: [
      "(i will|i'll|i'm going to|i am going to|i'm gonna) (finally|soon)? (find|be at) (peace|relief|eternal rest) (forever|at last)",
      "(i will|i'll|i shall|soon i will|soon i'll) finally (find|be at|have) (peace|relief|rest)",
    ],
  },
  {
    // the same with its time named: a timeline of its own, as the timeline modifier would be
    // if the phrase did not hold the time word itself (en.crisis 2.59)
    category: 'timeline',
    person: 'first',
    phrases: [
      "(i will|i'll|i'm going to|i am going to|i'm gonna) (finally|soon)? (find|be at) (peace|relief|eternal rest) (soon|tonight|tomorrow|this weekend|very soon)",
    ],
  },
  {
    // an overdose told as taken (C-SSRS actual or interrupted attempt): a handful, a bottle
    category: 'method',
    person: 'first',
    phrases: [
      '(took|swallowed|downed|have taken|just took|taken) (a handful of|a bunch of|all (of)? my|the whole bottle of|a whole bottle of|an entire bottle of|way too many|too many) (pills|meds|medication|tablets|sleeping pills|painkillers|antidepressants)',
    ],
  },
  {
    // in acute psychiatric care now (a crisis presentation: emergency room, psychiatric ward,
    // waiting for a psychiatric assessment)
    category: 'distress',
    person: 'first',
    phrases: [
      "(i'm|i am|currently|waiting|just got admitted|got admitted|been admitted|was admitted) (in|at|to) (the|a)? (er|emergency room|a&e|psych ward|psychiatric ward|psych unit|psychiatric hospital|mental hospital|crisis unit)",
      '(waiting for|waiting to see|about to see|waiting on) (the|a) (psychiatrist|crisis team|psych evaluation|psych eval|psychiatric evaluation|psychiatric assessment|mental health assessment)',
    ],
  },
  {
    // ideation disclosed in passing inside a reply ("as someone who struggles with…"): the
    // writer speaks of themselves, present tense only (a past struggle told as past is not)
    category: 'ideation',
    person: 'first',
    phrases: [
      '(as|being) (someone|a person|somebody) (who|that) (struggles|deals|lives|is struggling|still struggles|suffers|battles) with (suicidal thoughts|suicidal ideation|suicidal feelings|thoughts of suicide|self harm)',
      '(as|being) (someone|a person|somebody) (with|who has|who gets|who still has) (suicidal thoughts|suicidal ideation|suicidal feelings|suicidal urges|thoughts of suicide|self harm urges)',
    ],
  },
  {
    // self-harm told in the past tense or as deliberate (NSSI: harming, burning on purpose);
    // the recent/distant markers decide whether it is over
    category: 'self_harm',
    person: 'first',
    phrases: [
      '(harmed|burned|burnt) myself (again|last night|yesterday|today|this morning|on purpose|intentionally|deliberately)?|(hurt|cut|hit|scratched|punched|starved|bruised) myself (on purpose|intentionally|deliberately)',
    ],
  },
  {
    // gathering means (C-SSRS preparatory behaviour; the guide's "having or gathering means"):
    // the subject decides between the writer and a third person at risk
    category: 'method',
    person: 'open',
    phrases: [
      '(hoarding|hoarded|stashing|stashed|saving up|saved up|stockpiling|stockpiled|collecting|collected) (my|all my|some|enough)? (pills|meds|medication|tablets|sleeping pills|painkillers|antidepressants)|(pills|meds|tablets|sleeping pills|painkillers) (saved up|stashed away|stashed|put aside|hidden away)',
    ],
  },
  {
    // lethal means in hand, now (Lifeline: "being in a place to act"), as at the bridge
    category: 'method',
    person: 'first',
    phrases: [
      '(the|my|these)? (pills|meds|razor|blade|gun|rope|noose) (is|are) in my (hand|hands|lap) (right)? (now)?|(sitting|standing|lying|laying) (here)? with (a bottle of|a handful of|all my) (pills|meds|sleeping pills|painkillers)',
    ],
  },
  {
    // giving away possessions (Lifeline/AFSP warning sign), in the first person
    category: 'ideation',
    person: 'first',
    phrases: [
      "(i've been|i have been|i'm|i am|im|been|started|i started) giving away (all)? (of)? my (stuff|things|belongings|possessions|prized possessions|pets|most treasured)|(i)? gave away (all)? (of)? my (belongings|possessions|prized possessions|pets|most treasured things)",
    ],
  },
  {
    // C-SSRS item 1 forms: indifference to what happens, a struggle to stay alive, wanting the
    // pain to stop for good, drinking oneself to death; "wish I could just disappear"
    category: 'ideation',
    person: 'open',
    phrases: [
      "(don't|dont|do not|no longer|doesn't|does not) (really)? care (about)? what happens to (me|myself)|(don't|dont) care if i (live or die|make it|wake up)",
      '(a struggle|struggling|struggle|fighting|hard|so hard|harder) to (stay alive|keep myself alive|keep living)',
      '(want|need|wish|just want) (the|this|my) pain to (stop|end|go away) (forever|for good|permanently)',
      '(drink|drinking|drank) myself to death|(drink|drinking) until i die',
      'wish i could just (disappear|vanish|stop existing|not exist|fall asleep forever)',
    ],
  },
  // en.crisis 2.5 (CHANGELOG.md)
  {
    // hopelessness about the future (Beck et al. 1974, Hopelessness Scale: the future looks dark,
    // nothing to look forward to, no use in trying, not expecting things to work out)
    category: 'hopelessness',
    person: 'open',
    phrases: [
      "(have|got|there's|there is|is) (absolutely)? nothing (left)? to look forward to|(don't|do not|never) (have|see) anything to look forward to",
      '(my|the) future (looks|seems|is|feels) (so|very|really|completely|totally)? (dark|bleak|hopeless|black|empty|pointless)',
      "(might|may) as well (just)? give up|(there's|there is|it's|its) no use (in)? (even)? trying|no use trying (anymore|any more)?",
      "(can't|cannot|can not) imagine (my|a|any) (life|future) (in|after) (a few|five|ten|5|10|a couple of) years|(can't|cannot|can not) imagine (ever)? being happy",
      'things (will|are going to|are gonna) never work out|nothing (ever)? works out (for me)?',
    ],
  },
  // en.crisis 2.6 (CHANGELOG.md)
  {
    // an overdose taken: a count of pills swallowed (C-SSRS actual attempt; AFSP warning signs:
    // taking a lethal amount). Ten or more: a count below that is a dose.
    category: 'method',
    person: 'open',
    tense: 'past',
    minCount: 10,
    phrases: [
      '(took|taken|swallowed|downed|ate) <num> (of)? (my|the|these|those|her|his|their)? (pills|tablets|capsules|sleeping pills|painkillers|antidepressants|meds|benadryl|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|xanax|seroquel)',
    ],
  },
  {
    // an aborted or interrupted attempt told by the writer (C-SSRS suicidal behaviour items)
    category: 'ideation',
    person: 'open',
    tense: 'past',
    phrases: [
      '(almost|nearly|came close to|came so close to|was so close to|was about to) (ended|ending|end) (it all|my life|my own life|her life|his life|their life)',
      '(almost|nearly) (took|take|taking) (my|her|his|their) (own)? life|(came close to|came so close to|was so close to|was about to) (taking|take) (my|her|his|their) (own)? life',
      '(came close to|came so close to|was so close to) (killing|kill) (myself|herself|himself|themselves)|(was about to|almost|nearly) (pulled|pull) the trigger',
    ],
  },
  // en.crisis 2.7 (CHANGELOG.md)
  {
    // talking about not being around, others not having to worry (Lifeline / AFSP warning
    // signs: saying goodbye, putting affairs in order)
    category: 'goodbye',
    person: 'first',
    phrases: [
      "(i'm|i am|im) (not going to|not gonna|never going to) be (here|around|alive) (for)? (much|very)? (longer|long)",
      "(you|they|you guys|everyone|everybody|my family|my parents) (won't|wont|will not|don't|dont|do not) (have to|need to) (worry|deal) (about|with) me (for)? (much|very)? (longer|long)|(you|they|you guys|everyone|everybody|my family|my parents) (won't|wont|will not) (have to|need to) (worry|deal) (about|with) me (soon|after tonight|after today)",
      "(won't|wont|will not) need (it|them|these|those|this|my stuff|my things|anything) (where i'm going|where im going|when i'm gone|after i'm gone|once i'm gone|when im gone)",
    ],
  },
  {
    // not feeling safe with oneself (crisis-line and safety-plan language, Stanley & Brown)
    category: 'self_harm',
    person: 'first',
    phrases: [
      "(don't|dont|do not) feel safe (with|around|by) myself|(i'm|i am|im) not safe (from|with|around|by) myself|(can't|cant|cannot) keep myself safe",
      "(don't|dont|do not|can't|cant|cannot) trust myself (right now|tonight|to be alone|to stay safe|to keep myself safe)",
    ],
  },
  // en.crisis 2.8 (CHANGELOG.md)
  {
    // not knowing how much longer one can hold on (Beck hopelessness; Lifeline "feeling
    // trapped or in unbearable pain")
    category: 'hopelessness',
    person: 'open',
    phrases: [
      "(don't|dont|do not|idk|not sure|no idea) (know)? how (much)? (longer|long) i (can|could) (do this|take this|take it|go on|keep going|hold on|last|keep doing this|survive)",
    ],
  },
  {
    // "dark thoughts", intrusive thoughts urging it: common names for suicidal thoughts (#chatsafe)
    category: 'ideation',
    person: 'open',
    phrases: [
      '(having|had|getting|been having|keep having) (really|very|some|these|those|the)? dark thoughts|dark thoughts (are back|again|lately|keep coming back|keep coming)',
      '(thoughts|intrusive thoughts|my brain|my mind|my head) (are|is|keep|keeps)? (telling|tell|begging|pushing) me to (do it|end it|kill myself|hurt myself|jump|just do it)',
      // the same thoughts with the order they give: "my brain keeps saying just die"
      '(thoughts|intrusive thoughts|my brain|my mind|my head|a voice|the voice|voices|the voices) (are|is|keep|keeps)? (screaming|screams|whispering|whispers|saying|says|yelling|yells|telling me|tells me) (to)? (kill yourself|kys|end it|just die|you should die|you should kill yourself)',
    ],
  },
  {
    // wanting to be reunited with someone who died (bereavement; AFSP risk factors)
    category: 'ideation',
    person: 'open',
    phrases: [
      '(want|wanna|need|just want|wish i could) to (be with|join) (my)? (mom|mum|mother|dad|father|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend|friend|best friend|grandma|grandpa|grandmother|grandfather|baby|family|him|her|them) (again)? in (heaven|the afterlife|the next life)',
      "(i'm|i am|im) (going|gonna) to join (him|her|them|my (mom|mum|mother|dad|father|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend|friend|best friend|grandma|grandpa|grandmother|grandfather|baby|family)) (soon|in heaven)?",
    ],
  },
  {
    // self-harm by scratching or picking until bleeding (NSSI)
    category: 'self_harm',
    person: 'open',
    phrases: [
      '(scratch|scratching|scratched|pick|picking|picked|claw|clawing|clawed) (at)? (my)? (arms|skin|legs|wrists|thighs|face) until (they|it|i) (bleed|bleeds|bled|bleeding)',
      '(thinking|think|thought|thoughts|fantasize|fantasizing|fantasise|fantasising) (about|of) (crashing|wrecking) my car|(want|wanna|tempted) to (crash|wreck) my car',
    ],
  },
  {
    // a third person at risk reported by the writer (labelling guide §2): someone close who
    // keeps talking about suicide or has attempted before
    category: 'ideation',
    person: 'third',
    phrases: [
      '(she|he|they) (has been|keeps|is|was)? (talking|joking|talks|talked) about (suicide|wanting to die|ending it|ending it all|ending (her|his|their) life|killing (herself|himself|themselves))',
      // giving away possessions (Lifeline/AFSP warning sign), seen in someone else: all of them
      '(giving|gave|given) away (all|almost all) (of)? (her|his|their) (stuff|things|belongings|possessions|pets)',
      // the writer weighing whether to give someone crisis resources: that person is at risk
      '(should i|do you think i should|how do i) (give|send|get) (him|her|them) (the number (for|of|to))? (a|the)? (hotline|suicide hotline|crisis line|helpline|lifeline)',
      '(should i|do you think i should) (suggest|recommend) (a|the)? (hotline|suicide hotline|crisis line|helpline) to (him|her|them)',
      // "should I suggest hotlines even?", said of someone the text is about
      '(should i|do you think i should) (suggest|recommend) (like)? (a|the)? (hotline|hotlines|suicide hotline|suicide hotlines|crisis line|crisis lines|helpline|helplines) (even|to (him|her|them))',
      'my (friend|best friend|girlfriend|boyfriend|partner|husband|wife|son|daughter|kid|child|brother|sister|mom|mum|dad|mother|father|cousin|roommate|coworker|classmate|student) (has been|keeps|is)? (talking|talks|talked) about (suicide|wanting to die|not being around anymore|ending it|ending it all|ending (her|his|their) life|killing (herself|himself|themselves))',
      "(keeps|keep|kept|has been|have been|is|was)? (saying|says|said) (that)? (we'd|we would|we'll|we will|everyone would|everybody would|you'd|you would|they'd|they would|his family would|her family would|the family would|people would) (all)? be (better off|happier) without (him|her|them)",
      '(she|he|they) (has|have|had) attempted (before|in the past|suicide)|my (friend|best friend|girlfriend|boyfriend|partner|son|daughter|brother|sister|roommate) (has|had) attempted (before|twice|suicide|in the past)',
    ],
  },
  {
    // the writer weighing a crisis line for themselves: whether it helps, what happens on the
    // call, whether others have called (asking about one's own use of a suicide or crisis line
    // is help-seeking, SAFE-MESSAGING.md); "suicide" or "crisis" must name the line
    category: 'distress',
    person: 'first',
    phrases: [
      '(does|do) (the|a|calling the|calling a|texting the|texting a)? (suicide|crisis) (hotline|hotlines|helpline|helplines|line|lines|text line) (actually|really|even|ever)? (help|work)',
      '(has|have) (anyone|anybody|any of you) (here)? (ever)? (called|texted|tried|used|rung) (a|the) (suicide|crisis) (hotline|helpline|line|text line)',
      'is it (worth|ok|okay|stupid|dumb|pointless) (to)? (calling|call|texting|text) (a|the) (suicide|crisis) (hotline|helpline|line|text line)',
      'what happens (when|if) (you|i) (call|text) (a|the) (suicide|crisis) (hotline|helpline|line|text line)',
      '(should i|can i|do i) (call|text|ring) (a|the) (suicide|crisis) (hotline|helpline|line|text line)',
    ],
  },
  {
    // weariness of living itself (Beck hopelessness; the wish to be dead told as exhaustion):
    // living, existing or being alive as too much work
    category: 'hopelessness',
    person: 'open',
    phrases: [
      '(living|existing|being alive|life itself) (is|feels|has become|has gotten|just feels) (so|too|just)? (exhausting|too hard|unbearable|too much for me)',
      '(living|existing|being alive) takes (so|too) much (work|effort|energy|out of me)',
      '(too|so) much (effort|work) to (keep)? (living|live|exist|existing|stay alive|be alive)',
      '(exhausted|worn out) (from|by|of) (living|existing|being alive)',
    ],
  },
  {
    // thwarted belongingness (Joiner) said as having no one: nobody there for me
    category: 'burden',
    person: 'first',
    phrases: [
      '(no one|nobody|noone|no body) (is|was|has been|has ever been|is ever|was ever)? (ever)? there for me',
      "i have nobody|(i have|i've got|ive got|i got|i have got) (nobody|noone|no one) (left|at all|in my life|in this world)",
    ],
  },
  {
    // self-harm weighed as relief (NSSI's function of easing distress): asking whether it helps
    category: 'self_harm',
    person: 'open',
    phrases: [
      '(does|do|did|would|will|can) (cutting|self harm|self harming|selfharm|burning yourself|cutting yourself|hurting yourself) (really|actually|even|ever)? (help|work|make it better)',
    ],
  },
  {
    // self-harm urges told as the means or the scars asking (NSSI urges)
    category: 'self_harm',
    person: 'open',
    phrases: [
      '(the|my) (blade|razor) (is|keeps)? (calling|calls) (me|my name)|(my)? (scars|arms|wrists|thighs) (are|keep)? (begging|itching|screaming) for (new ones|more|the blade|fresh ones)',
    ],
  },
  {
    // a goodbye told as not living to a date, or as the last word (Lifeline: saying goodbye)
    category: 'goodbye',
    person: 'first',
    phrases: [
      "(won't|will not|wont) (be alive|still be alive|be alive anymore) (for|to see|by|until|till|at|on|next)",
      "last (time|message|thing) (you'll|you will|you guys will|anyone will|y'all will|any of you will) (ever)? (hear|get|see) from me",
      // goodbyes said covertly (Lifeline/AFSP warning sign: visiting or calling people to say goodbye)
      '(saying|said) (my)? (goodbye|goodbyes) (to (people|everyone|my friends|my family|them))? (without (them|anyone) (knowing|realising|realizing)|in my head|secretly)',
    ],
  },
  {
    // the wish to be dead said as not minding never waking (C-SSRS item 1)
    category: 'ideation',
    person: 'first',
    phrases: [
      "if i (don't|didn't|never) wake up (tomorrow|again)? (it'd|it would|that'd|that would) be (a relief|fine|okay|ok|for the best|peaceful)",
    ],
  },
  {
    // a third person's wish to be dead, reported by the writer (labelling guide §2)
    category: 'ideation',
    person: 'third',
    phrases: [
      '(wishes|wished|wishing) (she|he|they) (was|were|could be) dead|(wishes|wished|wishing) (she|he|they) (had)? never (been)? born',
    ],
  },
  {
    // an attempt told by its aftermath ("in the hospital after trying to end it"): the subject
    // decides whose
    category: 'ideation',
    person: 'open',
    tense: 'past',
    phrases: [
      '(after|from|for|since) trying to (end it|end it all|kill (himself|herself|themselves|myself)|end (his|her|their|my) (own)? life|take (his|her|their|my) (own)? life)',
    ],
  },
  {
    // unbearable pain told as barely holding on (Shneidman's psychache; AFSP "unbearable pain")
    category: 'distress',
    person: 'first',
    phrases: [
      "(i'm|im|i am) (at) my (lowest|lowest point|breaking point)|(lowest|worst) i've ever (been|felt)",
      "(i'm|im|i am) (barely|only just|just barely) (holding on|hanging on|holding it together|keeping it together)|(i'm|im|i am) (hanging|holding on) by a thread",
      "(feel|feeling) like (i'm|i am) drowning|(i'm|i am) drowning (and|but) (no one|nobody) (notices|cares)",
      "(don't|dont|do not) know how much (more|longer) (of this)? i can (take|handle|bear|stand|last|cope)",
      '(i)? (just)? (want|need) (the|this) pain to (stop|end|go away)',
    ],
  },
  {
    // unbearable pain with no person named, and no way past it (psychache; IMV entrapment):
    // "the weight is unbearable", "there's no way to ever move past them"
    category: 'distress',
    person: 'open',
    phrases: [
      '(the|this|my) (weight|emptiness|loneliness|sadness|grief|guilt|shame|darkness|numbness|heaviness) (is|feels|has become|gets|has gotten) (so|too)? unbearable|everything (is|feels|has become) (so)? unbearable',
    ],
  },
  {
    category: 'trapped',
    person: 'open',
    phrases: [
      'no way to (ever)? (move past|get past|escape|get away from|get out of) (this|it|them|the pain|my past|my life|this life)',
    ],
  },
  {
    // talking about not being around (Lifeline: talking about wanting to die): the subject
    // decides whose ("he's been talking about not being around anymore")
    category: 'ideation',
    person: 'open',
    phrases: [
      '(talking|joking|talks|talked) about (not being (around|here|alive) (anymore)?|disappearing forever)',
    ],
  },
  // en.crisis 2.37 (CHANGELOG.md)
  {
    // no fear of death left (Joiner's acquired capability; AFSP warning signs): the negation is
    // the phrase's own, so it is not read as denying it
    category: 'ideation',
    person: 'first',
    phrases: [
      "(i'm|i am|im) not (scared|afraid|frightened) of (dying|death|being dead) (anymore|any more)|(i'm|i am|im) no longer (scared|afraid|frightened) of (dying|death|being dead)",
      '(envy|envious of|jealous of) (dead people|the dead|people who (have)? died|people who are dead)',
      "(don't|dont|do not) think (i'll|ill|i will) be (around|here|alive) (much|for much|for very|very)? (longer|long)",
      // the will to live lost; waking up as a disappointment; passive wishes (Beck; C-SSRS
      // "wish to be dead": not minding an accident, hoping not to wake)
      "(disappointed|upset) (that)? (i|i've|ive) (woke|wake|woken|waking) up|(disappointed|upset) to (wake|have woken) up",
      "(wouldn't|wouldnt|would not|won't|wont) mind (if i)? (if i died|getting hit|got hit|being hit|getting into an accident|got into an accident|an accident|crashed|crashing|not waking up|never waking up|didn't wake up|never woke up|if it all ended|it all ending)",
      "(hope|hoping|pray|praying|wish|wishing) (that)? i (won't|wont|don't|dont|will not|do not|never) wake up",
      '(picturing|imagining|visualizing|visualising|thinking about) my own (funeral|death|suicide)',
    ],
  },
  {
    // the will to live lost: the subject decides whose ("she lost the will to live")
    category: 'ideation',
    person: 'open',
    phrases: [
      '(lost|losing|lose) (all|my|the|her|his|their)? (will|desire) to (live|go on|keep living|be alive|stay alive)',
    ],
  },
  {
    // living emptied of purpose; tired of the fight (Beck hopelessness)
    category: 'hopelessness',
    person: 'first',
    phrases: [
      "my life (has|holds) no (purpose|meaning|point|value)|(there's|there is) no (point|purpose|meaning) (to|in|of) my life",
      'existing (but|and)? not (really)? living|not (really)? living (just|only) existing',
      "(don't|dont|do not) want to fight (anymore|any more|it anymore|this anymore|any longer)",
    ],
  },
  {
    // dark thoughts growing; wanting not to feel
    category: 'distress',
    person: 'first',
    phrases: [
      '(dark|suicidal|intrusive) thoughts (are|keep) getting (louder|worse|stronger|harder to ignore|harder to fight)',
      '(want|wanted|need|needed) to stop feeling (anything|everything|altogether|at all|this pain|the pain)|(want|wanted) to (feel nothing|not feel anything)',
    ],
  },
  {
    // feeling dead already; masking distress (#chatsafe: "tired of pretending to be okay");
    // living itself as torture (psychache)
    category: 'distress',
    person: 'first',
    phrases: [
      "(feel|feels|feeling|felt) like (i'm|im|i am) (already)? dead|(i'm|im|i am) already dead inside",
      "(tired|sick|exhausted) of (pretending|acting|faking) (to be|that i'm|that im|that i am|i'm|im|i am|like i'm|like i am) (okay|ok|fine|happy|alright|all right)",
      '(exhausted|tired|worn out|drained) (from|of) fighting (my own|my) (brain|mind|head|thoughts)',
      "(i'm|im|i am) drowning (and|but) (no one|nobody|noone) (sees|notices|knows|cares|helps)",
    ],
  },
  {
    category: 'distress',
    person: 'open',
    phrases: [
      '(living|existing|being alive|my existence|existence) (is|has become|feels like) (torture|agony|unbearable|a nightmare|a prison|a punishment)',
    ],
  },
  {
    // not safe with oneself, said without naming oneself (crisis-line and safety-plan language)
    category: 'self_harm',
    person: 'first',
    phrases: [
      "(i'm|i am|im) not (feeling)? safe (right now|tonight|at the moment|anymore|any more)",
    ],
  },
  {
    // a plan told as made, or a plea to be stopped: beside ideation they make it urgent ("I
    // planned how I'd do it", "please talk me out of it"); alone they are everyday words
    category: 'plan',
    person: 'none',
    phrases: [
      "planned (out)? (how|when|where) (i'd|id|i would|i will|i'll|to) (do it|end it|go)|talk me out of (it|this|doing it|doing this)",
      '(giving|gave|given|give) (my|all my) (stuff|things|belongings|possessions) away|(have|got) a plan and a (date|time|method)',
    ],
  },
  {
    // researching the means: alone "researching methods" is a thesis; in a text that speaks of
    // death it is the method
    category: 'method',
    person: 'anchored',
    phrases: [
      '(researching|researched|looking up|looked up|googling|googled|reading about|read about) (suicide)? methods',
    ],
  },
  {
    // not being a burden much longer; the others happier without one; non-existence as peace
    // (Joiner's perceived burdensomeness; C-SSRS "wish to be dead")
    category: 'burden',
    person: 'first',
    phrases: [
      "(won't|wont|will not) be a (burden|problem) (to|for|on) (anyone|anybody|you|them|everyone|my family) (much|for much)? (longer|for long)|soon (i|i'll|ill) (won't|wont|will not|no longer) be a (burden|problem)",
      "(happier|better off|better) if i (never existed|had never existed|had never been born|didn't exist|was dead|were dead|died)",
    ],
  },
  {
    category: 'ideation',
    person: 'first',
    phrases: [
      "(it would be|it'd be|how) (so)? (peaceful|nice|easy|easier|good|a relief) (it would be)? to (not exist|not be alive|stop existing|be dead|never wake up|not wake up)",
      "(hope|wish|pray) (this is|it's|its|this will be) (my last (year|birthday|christmas|day|week|month|summer)|the last (year|birthday|christmas|week|month|summer) of my life)",
    ],
  },
  {
    // death as the only way left (IMV entrapment); living as a lost cause (Beck hopelessness)
    category: 'ideation',
    person: 'open',
    phrases: [
      '(death|dying|suicide|ending it|ending it all) (seems|is|feels) (like)? (the)? (only|best|last) (option|way out|answer|solution|escape)',
    ],
  },
  {
    category: 'hopelessness',
    person: 'first',
    phrases: [
      "(can't|cannot|cant) (keep)? (living|live|going on) like this|(i'm|im|i am) (a lost cause|beyond help|beyond saving|beyond repair|beyond fixing)",
      '(being alive|existing|living) hurts (too much|so much)',
    ],
  },
  {
    // an overdose just taken: the means used, now (a medical emergency)
    category: 'method',
    person: 'first',
    phrases: [
      // ("took an overdose" is the means word "overdose" already)
      "(just|i've just|i have just|ive just) overdosed|overdosed (an hour ago|hours ago|minutes ago|just now|tonight|earlier tonight|earlier today|this morning)",
    ],
  },
  {
    // bleeding that will not stop: a medical emergency whatever its cause
    category: 'self_harm',
    person: 'first',
    phrases: [
      "(i'm|im|i am) bleeding (and|but) (i)? (can't|cant|cannot) (stop|make it stop)|(can't|cant|cannot) stop the bleeding",
    ],
  },
  {
    // knowing from the inside why people do it ("they wonder why people commit suicide; I know
    // why they do"): counted only in a text that speaks of death
    category: 'ideation',
    person: 'anchored',
    phrases: ['(finally|now)? (know|understand|get) why (they|people) do (it)?'],
  },
  {
    // a third person at risk seen by the writer (labelling guide §2): the means found in their
    // room, a euphemism feared of them
    category: 'ideation',
    person: 'third',
    phrases: [
      "found (razors|razor blades|blades|a noose|a rope) (in|under) (my (son's|daughter's|kid's|child's|brother's|sister's|friend's|partner's|husband's|wife's|teen's)|his|her|their) (room|bed|bag|backpack|drawer|closet)",
      "(scared|afraid|worried|terrified) (that)? (he'll|she'll|they'll|he will|she will|they will|he might|she might|they might|my (brother|sister|friend|son|daughter|partner|boyfriend|girlfriend|husband|wife|dad|mom|mum) (will|might)) do something (stupid|drastic)",
    ],
  },
  {
    category: 'hopelessness',
    person: 'open',
    phrases: [
      "(doesn't|does not|don't|didn't|can't|cannot) see the point (in|of) (living|life|going on|being alive|staying alive|anything anymore)",
    ],
  },
  {
    // algospeak and community shorthand for suicide and self-harm: "self delete", "the game
    // called life", "passive SI" (suicidal ideation), "my SH" (self-harm)
    category: 'ideation',
    person: 'open',
    phrases: [
      '(wanna|want to|going to|gonna|thinking about|think about|thoughts of|urge to) (self delete|self deleting)',
      '(exit|leave|quit|log off from|log out of) (this|the) game called life|(take|taking|took) the long nap|(a|the) (dirt|forever|permanent|eternal) nap',
      '(intrusive|dark|suicidal) thoughts (about|of) (jumping|dying|killing myself|hanging myself|overdosing|cutting|crashing my car|ending it)',
    ],
  },
  {
    category: 'ideation',
    person: 'first',
    phrases: [
      '(passive|active|constant|chronic|my|having|had|been having|struggling with|dealing with) si',
    ],
  },
  {
    category: 'ideation',
    person: 'anchored',
    phrases: ['log off (permanently|for good|forever)'],
  },
  {
    category: 'self_harm',
    person: 'first',
    phrases: [
      'my sh (is|has|was|got|getting|urges|wounds|cuts)|(sh|self harm) (urges|wounds|cuts)|(urge|urges) to sh|(do|did|doing|started|start) sh',
    ],
  },
  {
    // not expecting to last the night; the others relieved, or done a favour, by one's death
    // (C-SSRS wish to be dead; Joiner's perceived burdensomeness)
    category: 'ideation',
    person: 'first',
    phrases: [
      "(don't|dont|do not) (think|know if) (i'll|ill|i will|i can|i'm going to|im going to) (make it|get) through (the night|tonight)|(don't|dont|do not) (think|know if) (i'll|ill|i will|i can) (survive|last) (the night|tonight)",
    ],
  },
  {
    category: 'burden',
    person: 'first',
    phrases: [
      "(would be|'d be|will be|would all be) (relieved|glad|happy|happier) if i (died|was dead|were dead|killed myself|ended it)",
      '(doing|do) (everyone|everybody|them|the world|my family|you all) a (favor|favour) (by|if i) (just)? (dying|disappearing|vanishing|not being here|killing myself|ending it|being gone|died|disappeared|vanished|killed myself)',
    ],
  },
  {
    // knowing how, the method thought over: beside ideation they make it urgent; alone they are
    // no signal ("I know exactly how I'd do it, the cake will be three layers")
    category: 'method',
    person: 'none',
    phrases: [
      "(i|i already|i've always) (know|knew) (exactly)? how (i'd|id|i would|i will|i'll|to) (do it|end it)|(thought|thinking|thinks) (a lot)? about (the|a|my) (method|methods)",
    ],
  },
  {
    // the wish not to be alive (C-SSRS item 1, "wish to be dead")
    category: 'ideation',
    person: 'first',
    phrases: [
      "wish i (wasn't|weren't|was not|were not) (alive|here anymore|around anymore|here any more|breathing)",
    ],
  },
  {
    category: 'ideation',
    person: 'third',
    phrases: [
      "(wishes|wished) (she|he|they) (wasn't|weren't|was not|were not) (alive|here anymore|around anymore)",
    ],
  },
  {
    // screening questions answered in the first person (C-SSRS items 1, 2 and 4; ASQ; PHQ-9
    // item 9): having wished to be dead, better off not existing, death as comfort, intending
    // to act on the thoughts
    category: 'ideation',
    person: 'first',
    phrases: [
      "(i've been|ive been|i have been|been|i'm|im|i am|i keep|keep|i) (wishing|wished) (that)? i (was|were|had been) (dead|never born)",
      // the same wish with "I'd" ("I keep wishing I'd never been born"), and a wish that
      // something would kill one ("I wish a car would hit me"): passive ideation
      "(wish|wishing|wished) (that)? (i'd|id|i had) never (been born|existed)",
      '(wish|wishing|hope|hoping) (a|some) (car|truck|bus|train) (would hit|would run over|hits|runs over) me',
      // ("she wished I was dead" is her wish, not the writer's: the writer must be the subject)
      "(i'd|id|i would|i'm|im|i am) (be)? better off (not existing|not being here|not alive|not being alive|never having been born)",
      "(don't|dont|do not) feel like (living|being alive|existing) (anymore|any more|at all)",
    ],
  },
  {
    category: 'ideation',
    person: 'open',
    phrases: [
      "(doesn't|does not|don't|no longer) (feel|feels|seem|seems) worth living",
      // open: "fantasizing about dying… talk to your doctor" is advice to someone else
      '(fantasize|fantasise|fantasizing|fantasising|daydream|daydreaming) (about|of) (my death|my own death|dying|not existing|being dead|killing myself|ending it|ending my life)',
      '(the idea|the thought|thinking) of (dying|death|being dead|not existing|ending it|ending my life) (is|feels|seems|brings me) (so)? (comforting|a comfort|peaceful|calming|soothing|a relief)',
    ],
  },
  {
    category: 'intent',
    person: 'first',
    phrases: [
      '(intention|intentions|intend|intending|going|gonna|planning|ready) (of|to)? (acting|act) on (these|the|my|those) (thoughts|urges)',
    ],
  },
  {
    // self-injury beyond cutting, and its function ("to feel something"); a relapse counted in
    // days clean; blades kept "just in case" (NSSI; means access)
    category: 'self_harm',
    person: 'first',
    phrases: [
      'relapsed after (<num>|a|one|two|three|six) (days|weeks|months|years|day|week|month|year) clean from (cutting|self harm|sh|self harming|selfharm|burning)',
      '(need|want|have) to feel (pain|physical pain) to (feel (something|anything|alive|real))',
      '(took|taken|take|taking) (more|extra|too many) (of my)? (meds|pills|medication|tablets) (than i should have|than prescribed)? on purpose|overdosed on purpose',
      'cut too deep|cut myself too deep',
      '(blade|blades|razor|razors|pills|rope) (in|under) (my)? (drawer|room|bag|wallet|pillow|bed|closet|desk) just in case',
      '(carve|carving|carved) (words|it|them|letters|something|a word|his name|her name) (into|in) my (skin|arm|arms|thigh|thighs|wrist|wrists|stomach)',
    ],
  },
  {
    category: 'self_harm',
    person: 'open',
    phrases: [
      '(cutting|self harm|sh|burning myself|hurting myself) is the only thing that (helps|works|calms me)|the only thing that (helps|works) is (cutting|self harm|sh|hurting myself|burning myself)',
    ],
  },
  {
    // no change ahead for oneself, no one able to help, too late (Beck hopelessness); the
    // others happier if one disappeared, oneself the problem in their lives (burden)
    category: 'hopelessness',
    person: 'first',
    phrases: [
      'nothing (will|is going to|is ever going to) (ever)? (change|get better|improve) (for me|in my life)',
      '(nobody|no one|noone) can (help|save) me (now|anymore|any more)|(nobody|no one|noone) can save me',
      "(it's|its|it is) (already)? too late for me",
    ],
  },
  {
    category: 'burden',
    person: 'first',
    phrases: [
      "(they'd|they would|everyone would|everybody would|people would|my family would|we'd|we would) be (happier|better off) if i disappeared",
      "(i'm|im|i am) the problem in (everyone's|everybody's|their|my family's|my friends') (life|lives)",
    ],
  },
  {
    category: 'ideation',
    person: 'anchored',
    phrases: ["(i'm|im|i am) already gone"],
  },
  {
    // ideation disclosed in passing inside a reply, present tense (labelling guide §2): "as
    // someone who struggles with wanting to die, …"
    category: 'ideation',
    person: 'first',
    phrases: [
      'as (someone|somebody|a person|one) (who|that) (still)? (struggles|deals|lives|suffers|battles) (with)? (wanting to die|suicidal thoughts|suicidal ideation|suicidal feelings|thoughts of suicide|suicidality|self harm)',
    ],
  },
  {
    // an attempt just made or nearly fatal: the subject decides whose ("my friend attempted
    // last week", "my brother almost died by suicide")
    category: 'ideation',
    person: 'open',
    phrases: [
      '(attempted|tried to kill (himself|herself|themselves|myself)) (last (night|week|month)|yesterday|this (week|morning|weekend)|again|recently)',
      '(almost|nearly) (died by suicide|killed (himself|herself|themselves|myself)|took (his|her|their|my) (own)? life)',
    ],
  },
  {
    // "sui" for suicide, as content warnings and posts shorten it to pass filters
    category: 'ideation',
    person: 'open',
    phrases: ['sui (ideation|thoughts|urges)'],
  },
  {
    // out of strength to go on (Beck hopelessness; #chatsafe "I can't keep going")
    category: 'hopelessness',
    person: 'first',
    phrases: [
      "(don't|dont|do not) want to (do this|keep doing this|live like this) (anymore|any more|any longer)",
      "(don't|dont|do not|no longer) have the (strength|will) to (keep going|go on|carry on|keep fighting|keep living|live|fight anymore)",
      "(can't|cannot|cant) (keep)? (fighting|fight) (anymore|any more|any longer)",
    ],
  },
  {
    // an interrupted or aborted attempt (C-SSRS: the person started to act and stopped, or was
    // stopped): at the edge of a height, over its railing, talked down from it. The places also
    // have everyday senses (a roofer at the roof's edge), so these count only beside talk of
    // death in the text. Left out: "about to jump", "backed out at the last second" and
    // "something stopped me", which take any object ("into the pool", "of the deal")
    category: 'ideation',
    person: 'anchored',
    tense: 'past',
    phrases: AT_THE_EDGE,
  },
  {
    // the same places as means: beside other first-person ideation they count as the bare
    // "roof" or "bridge" inside them did before ("I stood on the edge of the roof. I want to
    // die" is `urgent`, means beside ideation); alone they are the `concern` above
    category: 'means',
    person: 'none',
    phrases: AT_THE_EDGE,
  },
  {
    // the same, told as someone talking the writer down from the height ("talked me off the
    // ledge" is left out: it is the idiom for calming any panic)
    category: 'ideation',
    person: 'first',
    tense: 'past',
    phrases: [
      '(talked|coaxed) me (down|back|off) (from|off) (the|a|that)? (bridge|roof|rooftop|overpass)',
    ],
  },
  {
    // a blade held to the wrist or throat by the writer's own hand: the means at the body, like
    // the older "gun to my head" and "rope around my neck"
    category: 'method',
    person: 'first',
    phrases: [
      'i (had|held|put|pressed) (the|a|my)? (knife|blade|razor) (to|against) my (wrist|wrists|throat)',
    ],
  },
  {
    // a suicide safety plan (Stanley-Brown) in use or failing: the writer is in the crisis it
    // was made for
    category: 'distress',
    person: 'first',
    phrases: [
      "my safety plan (isn't|isnt|is not|is no longer|doesn't|doesnt|does not|stopped|has stopped|won't|isn't really) (working|helping|help|work|enough)",
      '(went through|going through|using|used|following|followed|pulled out|reading|read|had to use) my safety plan',
    ],
  },
  {
    // passive ideation (C-SSRS item 1, the wish to be dead): a fatal illness or crash hoped
    // for or not minded, being taken in one's sleep prayed for
    category: 'ideation',
    person: 'first',
    phrases: [
      "(wouldn't|wouldnt|would not|don't|dont|do not) (care|mind) if i (got|get|had) (cancer|a terminal illness|a fatal disease)",
      "(couldn't|could not) care less if i (woke up|wake up|died|live|lived|make it)",
      '(hope|hoping|wish|wishing|pray|praying) (that)? (the|my) (plane|flight) (crashes|goes down|would crash)',
      '(pray|praying|prayed) (every night)? (that)? (god|jesus) (takes|will take|would take|would just take) me (in my sleep|tonight|soon|away)',
      // method and place thought of, told as a wish to walk away into water (drowning)
      '(thinking|think|thought|fantasize|fantasizing|fantasise|fantasising) (about|of) just (walking|swimming|wading) (out)? into the (sea|ocean|lake|river|water|waves)',
      '(walk|walking|swim|swimming|wade|wading) (out)? into the (sea|ocean|lake|river) and (never|not) (come|coming) back',
      '(nothing|no one|nobody) (left)? (keeping|to keep) me (alive|going)',
    ],
  },
  {
    // carbon monoxide from a car, thought of as a method
    category: 'method',
    person: 'first',
    phrases: [
      '(thinking|think|thought) (about|of) (running|leaving) (my|the) car (running)? in (the|a|my) (closed)? garage',
    ],
  },
  {
    // safety that cannot be promised (safety planning: "can you keep yourself safe tonight?")
    category: 'ideation',
    person: 'first',
    phrases: [
      "(can't|cant|cannot|can not|couldn't) (promise|guarantee) (that)? (i'll|i will|i'd|i would) (be|stay|keep myself) safe",
    ],
  },
  {
    // psychiatric care for oneself in crisis: admitting oneself, a hold just had (the weeks
    // after discharge carry a high risk)
    category: 'distress',
    person: 'first',
    phrases: [
      '(check|checking|checked|admit|admitting|admitted) myself (in|into) (the|a)? (hospital|psych ward|psychiatric ward|mental hospital|psych hospital|inpatient|psych unit)',
      '(on|put on|under|placed on) (a|an)? (72 hour|72 hr|psych|psychiatric|involuntary|5150) hold|(got|was|been|being) (5150ed|sectioned|involuntarily committed)',
    ],
  },
  {
    // a burden soon lifted, or no plan to be alive next year: the goodbye said as a timeline
    // ("a problem for much longer" and "around next year" are left out: a job or a move)
    category: 'goodbye',
    person: 'first',
    phrases: [
      "(won't|wont|will not|not going to|not gonna) be (a burden|anyone's burden|your burden) (for)? (much|very)? (longer|long)",
      "(don't|dont|do not) (plan|intend|expect) (on|to) (being|be|still being|still be) alive (next|by|in|for|much|to see)",
    ],
  },
  {
    // the wish to be alive long gone, life waited out, the means stared at
    category: 'ideation',
    person: 'first',
    phrases: [
      "(can't|cant|cannot|don't|dont|do not) remember (the last time|when) i (wanted|felt like i wanted|actually wanted) to (be alive|live)",
      '(waiting|wait) for (my life|life|this life) to (end|be over)',
      ...MEANS_STARED_AT,
    ],
  },
  {
    // the same means, stared at: beside other ideation they count as the bare means word
    // inside the phrase did ("I looked at the pills for an hour. I want to die" is `urgent`)
    category: 'means',
    person: 'none',
    phrases: MEANS_STARED_AT,
  },
  {
    // a pet or a child as the only reason still here (a protective factor named as the last
    // one); told beside an offer of help or as recovery, it is a survivor's story
    category: 'ideation',
    person: 'first',
    tense: 'past',
    phrases: [
      "(if it wasn't for|if it weren't for|if i didn't have|without) my (cat|cats|dog|dogs|pet|pets|kids|children|son|daughter) i (wouldn't|would not|wouldnt) (be here|be alive|still be here|still be alive)",
    ],
  },
  {
    // death hoped for by neglect or risk (passive ideation): food or insulin stopped to waste
    // away, no longer looking both ways, hoping for a crash
    category: 'ideation',
    person: 'first',
    phrases: [
      "(stopped|stop|quit) (eating|taking my meds|taking my medication|taking my insulin) (hoping|in the hope|so) (that)? (i'd|i would|i'll|i will)? (just)? (waste away|die|not wake up|disappear|starve)",
      '(stopped taking|not taking|skipping|skipped) my (insulin|heart meds|heart medication|blood thinners|seizure meds) on purpose',
      "i (don't|dont|no longer|stopped|never) (look|looking) both ways",
      '(hope|hoping|wish|wishing|pray|praying) (that)? i (get|got|die in|end up in) (into)? (a|an) (car accident|car crash|accident|crash)',
    ],
  },
  {
    // a foreshortened future: not living past an age (Beck hopelessness; "I won't live past 25")
    category: 'hopelessness',
    person: 'first',
    phrases: [
      "(won't|wont|will not|not going to|not gonna) (live|be alive) (past|to see|beyond) <num>",
      "(don't|dont|do not|can't|cant|cannot) see myself (reaching|living past|living to|making it to|turning) <num>",
    ],
  },
  {
    // preparing one's own death notice, and asking whether it would be wrong to die
    category: 'ideation',
    person: 'first',
    phrases: [
      '(written|wrote|writing|drafted) my (own)? obituary',
      '(is it|would it be|would it really be) (selfish|wrong|bad|okay|ok|cowardly) (to|if i) (just)? (kill myself|killed myself|end it|ended it|end my life|ended my life|end it all|ended it all)',
    ],
  },
  {
    // jumping thought of, checking out: only beside talk of death (a pool, a hotel)
    category: 'ideation',
    person: 'anchored',
    phrases: [
      '(think|thinking|thought) (about|of) jumping',
      '(ready|want|wanna|going|gonna) to check out',
    ],
  },
  {
    // tonight hoped to be the last: a wish with its night named, as "I want to die tonight"
    // (labelling guide §5: a day or an hour named is a timeline)
    category: 'timeline',
    person: 'first',
    phrases: [
      '(hope|hoping|wish|pray|praying) (that)? tonight (is|will be) my (last|final) (night|one)',
    ],
  },
  {
    // self-injury told by its marks and its secrecy (NSSI): a limb cut again, the head hit
    // until it bleeds, wounds kept open, injury where no one can see
    category: 'self_harm',
    person: 'first',
    phrases: [
      '(cut|cutting|burned|burnt|burning) my (arm|arms|thigh|thighs|leg|legs|stomach|hips|skin) (again|deeper|tonight|last night)',
      '(hitting|hit|banging|banged) my head (against|on) (the|a)? (wall|floor) (until|till) (it|i) (bleeds|bled|passed out)',
      "(reopen|reopening|reopened) my (cuts|wounds|scars)|(picking|picked) (at)? my (scars|cuts) so (they|it) (don't|dont|won't|wont|can't|never) heal",
      "(bruising|bruised|hurting|hurt|cutting|cut|burning|burned|hitting|hit) myself (where|so) (no one|nobody|noone|people) (can|could|will|would|won't|can't) (see|notice)",
    ],
  },
  {
    // the same marks on someone else: "my sister cut her arm again" is a third person at risk
    category: 'self_harm',
    person: 'third',
    phrases: [
      '(cut|cutting|cuts|burned|burnt|burning|burns) (her|his|their) (arm|arms|thigh|thighs|leg|legs|stomach|hips|skin) (again|deeper|tonight|last night)',
      '(reopen|reopening|reopens|reopened) (her|his|their) (cuts|wounds|scars)',
    ],
  },
  {
    // urges to cut resisted: the subject decides ("if you're struggling not to cut…" is help)
    category: 'self_harm',
    person: 'open',
    phrases: ['(struggling|trying|fighting) (so)? (hard)? not to (cut|self harm|sh|hurt myself)'],
  },
];
