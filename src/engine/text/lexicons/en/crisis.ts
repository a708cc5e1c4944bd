import type { CrisisLexicon } from '../../lexicon.js';
import { indirectCrisisGroups } from './crisis-indirect.js';

/**
 * Crisis-signal phrases for English (SPEC §4). Built from how the published warning-sign lists
 * and screening scales describe suicidal thinking, not from any dataset's posts:
 * C-SSRS screener categories (wish to be dead, active ideation, method, intent, plan, past
 * behaviour), the Lifeline/Vibrant online warning signs (talking about wanting to die, seeking
 * methods, hopelessness, feeling trapped, being a burden) and common online phrasings of them
 * (contractions without apostrophes, "wanna", "kms", algospeak such as "unalive").
 *
 * Phrases with `person: 'open'` get their subject from the clause ("she wants to die" is third
 * person); `person: 'none'` groups are modifiers that only count beside first-person ideation.
 */
export const crisisLexicon: CrisisLexicon = {
  id: 'en.crisis',
  version: '2.63',
  language: 'en',
  sources: [
    'Posner et al. (2011), Columbia-Suicide Severity Rating Scale (C-SSRS), Am J Psychiatry 168(12): screener items 1-6',
    'Vibrant / National Suicide Prevention Lifeline, Support for Suicidal Individuals on Social and Digital Media: online warning signs (SAFE-MESSAGING.md [S20])',
    'American Foundation for Suicide Prevention: risk factors and warning signs (talk, behaviour, mood)',
    '#chatsafe (Orygen, 2nd ed.): signs someone may be at risk online (SAFE-MESSAGING.md [S1][S2])',
    'Joiner (2005), Why People Die by Suicide: perceived burdensomeness and thwarted belongingness (crisis-indirect.ts)',
    "O'Connor & Kirtley (2018), the integrated motivational-volitional model: defeat and entrapment (crisis-indirect.ts)",
    'Shneidman (1993), psychache: unbearable psychological pain; Beck et al. (1974) Hopelessness Scale item vocabulary (crisis-indirect.ts)',
    'Stanley & Brown (2012), Safety Planning Intervention, Cogn Behav Pract 19(2): making the environment safe (means restriction) (crisis-indirect.ts)',
  ],
  rationale:
    'Missing a person in crisis is the costly error, so ideation phrases are broad and hopelessness, burden and entrapment count as concern; urgency needs an explicit intent, plan, method, goodbye, or ideation beside means or a timeline. Bare "suicide" is left out: it is the word of advocacy and news ("suicide prevention"), so it only counts inside first-person constructions.',
  groups: [
    {
      category: 'ideation',
      person: 'first',
      phrases: [
        'kill myself|killing myself|kms|off myself|offing myself|unalive myself|unaliving myself|end myself',
        // the same words typed in haste: a dropped letter or space
        'kil myself|killmyself|kilmyself|kill myslef|killing myslef|endmylife',
        'end my life|ending my life|end my own life|take my life|take my own life|taking my life|taking my own life',
        'i (want|wanna|wish|need) to die|i wanna be dead|i want to be dead|i just? wish i (was|were) dead',
        "wish i (could|would) (just)? die|wish i (was|were|had) never (been)? born|wish i (didn't|did not) exist",
        "(hope|wish|pray) i (don't|dont|won't|never|wouldn't|do not) wake up",
        '(want|wanna|going) to go to sleep and never wake up|go to sleep and not wake up|sleep and never wake up',
        "i (should|could) just die|i deserve to die|i'd rather (be)? (die|dead)|i would rather (die|be dead)",
        'why am i (still)? (alive|here|breathing)|why do i (even)? (exist|bother living|keep living|live)',
        "(don't|dont|do not) know why (i'm|im|i am) (still)? (alive|here|breathing)|idk why (i'm|im|i am) (still)? (alive|here|breathing)",
        // ambivalence about living on (C-SSRS: the wish to live weighed against the wish to die)
        "(not sure|unsure|(don't|dont|do not) know|idk) (if|whether)? i (want|wanna|still want) to (live|be alive|be here|keep living|keep going|go on|exist) (anymore|any more|any longer)?",
        'how (much)? (longer|long) i (want to|wanna) (be here|live|be alive|keep going|go on|keep living)',
        "i (don't|do not) deserve to (live|be alive|be here|exist)|i shouldn't be (alive|here)",
        'myself dead|my suicide',
        "(haven't|havent|have not|hasn't) (killed myself|ended my life|taken my life|taken my own life) (just)? yet",
      ],
    },
    {
      category: 'ideation',
      person: 'open',
      phrases: [
        '(want|wants|wanted|wanting|wanna|need|needs) to (die|be dead|not exist|stop existing|not be alive|disappear forever|cease to exist)',
        '(want|wants|wanting|wanna) to (end it|end it all|end everything|end things|just end it)',
        '(want|wants|wanting|wanna) it (all)? to (end|stop|be over)|want everything to (end|stop|be over)|want the pain to end forever',
        "(don't|dont|do not|doesn't|does not) (even|really|just)? (want|wanna) to (live|be alive|exist|be here|wake up|go on|continue|keep living|keep going) (anymore)?",
        "(don't|doesn't) (want|wanna) (life|to be anymore)",
        'better off dead|rather be dead|ready to die|waiting to die|wait to die|longing for death|long for death',
        // dying (or worse) preferred to living on is no idiom ("rather die than wear that" is)
        "(i'd|i would|id|i)? (rather|sooner) (die|be dead|kill myself|jump off a bridge) than (keep living|keep going|go on|carry on|live|be alive|exist|wake up|face another day|spend another day)",
        'suicidal|suicidal thoughts|suicidal ideation|suicidal feelings|suicidal urges|suicidally',
        // common misspellings, as people type them in distress
        'sucidal|suicidial|sucidial|suicidel|suisidal|suicdal|(thinking|think|thoughts|thought) (about|of) (sucide|suicde|suiside|suicid|sucid)',
        // persistent ideation told as a daily thought
        "not a day goes by (where|that|when)? i (don't|dont|do not) think (about|of) (it|doing it|dying|death|suicide|ending it|killing myself)",
        'thoughts of (suicide|dying|death|ending it|killing|unaliving)|thinking (about|of) (suicide|ending it|dying|death|killing|ending things|unaliving)',
        'think (about|of) (suicide|ending it|dying|killing|unaliving) (every day|all the time|constantly|a lot)?',
        '(considering|contemplating|consider|contemplate) (suicide|ending it|death|ending my life|killing)',
        'suicide (is|seems|feels) (like)? (the|my) (only|best|last)? (option|answer|way out|solution|choice|escape)',
        '(commit|committing) suicide|(attempt|attempting) suicide|end it all|end it already|death wish',
        'no (reason|reasons|will) (for me)? to (live|go on|go on living|keep going|keep living|stay|stay alive|be alive)|nothing (left)? to live for|lost the will to live',
        "(life|living|it) (is|isn't|isnt|is not|ain't) (not)? worth (living|it anymore|living anymore)|not worth living",
        "no point (in)? (living|life|being alive|existing|going on|carrying on|anymore|trying)|(what's|what is|whats) the point (of|in) (living|life|being alive|existing|going on|anything|trying|me)|is there (any|a) point",
        '(tired|sick) of (living|being alive|existing|life|being here)|(done|finished) with (life|living|everything|it all)',
        "hate being alive|hate living|hate existing|don't want this life",
        'wish (it|this|everything) would (all)? end|wish i could (disappear|vanish|stop existing|not exist|fall asleep forever|sleep forever)',
        '(want to|wanna) (disappear|vanish|sleep forever|rest forever|not wake up|fall asleep forever)|wanna (disappear forever|not exist|stop existing|cease to exist|not be alive)',
        '(fall|falling) asleep and (never|not) wake up',
        'unalive|sewerslide|su1cide|suicide ideation|(passive|active) (suicidal)? ideation',
        // a grave as the wish: "by home I mean six feet under"
        "(want to|wanna|rather|ready to|i'd|i would) be six feet under|wish i (was|were) six feet under|i mean six feet under",
        'die in my sleep|just die already|let me die|let myself die',
        '(want|wants|wanna|need|needs) out of (this life|life|this world|existence|living)',
        'death (would be|is) (a)? (relief|better|easier|peaceful)|welcome death|dying would be (a relief|easier|better)',
      ],
    },
    {
      category: 'ideation',
      person: 'third',
      phrases: [
        'kill (herself|himself|themselves|themself|them self|him self|her self)|killing (herself|himself|themselves|themself)',
        '(end|ending|off|offing|unalive|unaliving) (herself|himself|themselves|themself)',
        '(end|ending|take|taking) (her|his|their) (own)? life',
        'wants to die|says she wants to die|says he wants to die|said (she|he|they) (wants|wanted) to die',
      ],
    },
    {
      category: 'ideation',
      person: 'open',
      tense: 'past',
      phrases: [
        'wanted to (die|be dead|end it|end my life|kill myself|not exist|disappear)|used to want to die',
        '(was|were|felt|been feeling|used to be) suicidal|(tried|attempted|try|tries|attempt|attempts) to (kill myself|end my life|take my (own)? life|end it|die)',
        '(attempted|tried) suicide|(my|an|a|the|last|first|previous|second|third) (suicide)? attempt|attempts',
        'survived (a|my|an)? (suicide)? attempt|suicide attempt survivor|attempt survivor',
        // "od'd" is left out: its form without the apostrophe is "odd"
        'thought (about|of) (killing myself|suicide|ending it|ending my life|dying)|overdosed|hung myself',
        'attempt failed|failed attempt|attempted and failed|i attempted',
      ],
    },
    {
      category: 'ideation',
      person: 'third',
      tense: 'past',
      phrases: [
        '(tried|attempted) to (kill|end) (herself|himself|themselves|her life|his life|their life)',
      ],
    },
    {
      category: 'self_harm',
      person: 'first',
      phrases: [
        '(cut|cutting|hurt|hurting|harm|harming|burn|burning|scratch|scratching|punish|punishing|hit|hitting|starve|starving) myself',
        'self harm|selfharm|self harming|self harmed|self injury|self injuring|self injure|self mutilation|sh again|nssi',
        '(started|start|been|keep|stop|stopped|relapse|relapsed) (cutting|self harming|harming)',
        'relapsed (on|into)? (self harm|sh|cutting)|my cuts|fresh cuts|new cuts|cut deeper|cut again|cutting again',
        'urge to (cut|self harm|hurt myself)|urges to (cut|self harm|hurt myself)',
        '(punch|punched|punching|hit|hitting) (a|the)? (wall|walls) (until|till) (i bled|my knuckles bled|my hands bled|my hand bled|they bled|it bled|my knuckles were bleeding|my hands were bleeding|my hand was bleeding)',
      ],
    },
    {
      category: 'self_harm',
      person: 'third',
      phrases: [
        '(cut|cutting|cuts|hurt|hurting|hurts|harm|harming|harms|burn|burning|burns|starve|starving|starves) (herself|himself|themselves|themself)',
        '(she|he|they) (is|are|has been|have been|was|were)? self harming',
      ],
    },
    {
      category: 'self_harm',
      person: 'open',
      tense: 'past',
      phrases: [
        'used to (cut|self harm|hurt myself|harm myself|cut myself)|(scars|scar) from (cutting|self harm)',
      ],
    },
    {
      category: 'hopelessness',
      person: 'open',
      phrases: [
        'hopeless|hopelessness|no hope|lost (all)? hope|losing hope|without hope|beyond hope|hopelessly',
        "i give up|i'm giving up|giving up on (life|everything|myself|living|it all)|gave up on (life|everything|myself|living)|ready to give up|want to give up|about to give up",
        "(can't|cannot|can not|cant) (go on|keep going|carry on|do this anymore|do it anymore|take (it|this|the pain) anymore|live like this|handle (it|this|life) anymore|cope anymore|keep doing this)",
        "nothing (will|is going to|is gonna|'ll) (ever)? get better|(it|things|life) (will|is going to|is gonna|'ll) never get better|(never|not) (going to|gonna) get better",
        "no future|no way forward|no light at the end|can't see (a|any) future|don't see a future|see no future",
        "nothing (matters|matters anymore)|no point anymore|what's the point anymore|(everything|life|my life|it all|existence|living) (is|feels|seems) (so|just|completely|totally)? (pointless|meaningless)",
        'no one (cares|would care|would notice)|nobody (cares|would care|would notice)|no one would even notice|nobody would even notice',
        "the pain (never|won't|will never) (stops|stop|ends|end|go away)|can't take the pain|pain is unbearable|unbearable pain|too much pain",
        "(it's|it is|this is|it) never (going|gonna) (to)? (end|stop|get better|change)|never (goes|go|will go) away|nothing is good anymore|nothing (ever)? (changes|gets better)|(will|i'll) never (be happy|be okay|be ok|get better)",
        "(don't|dont|do not) think i can (keep going|go on|do this anymore|take (it|this) anymore|hold on (much)? (longer)?)|can't (do|take) this (anymore|any longer)|so tired of (everything|fighting|trying|it all)|too tired to (keep going|fight|go on|try)",
        'nothing left to (live for|give|fight for)|hate my life|hate this life|hate my existence',
      ],
    },
    {
      category: 'burden',
      person: 'first',
      phrases: [
        "better off without me|(be|are) better without me|no one would miss me|nobody would miss me|no one will miss me|nobody will miss me|wouldn't miss me|won't miss me|happier without me|better without me",
        "(everyone|everybody|they|people|my family|my friends|my parents|my kids|the world|you|you all) (would|will) be (better off|happier|better) if i (wasn't|wasnt|weren't|werent|was not|were not) (here|around|alive|in (their|the|this) (life|lives|world))|(everyone|everybody|they|people|my family|my friends|my parents|my kids|the world|you|you all) (would|will) be (better off|happier|better) if i (was|were) gone",
        // the same said with a contraction, or of oneself gone ("they'd be better off if I wasn't
        // around", "my family would be better off with me gone")
        "(they'd|theyd|everyone'd|we'd|you'd) be (better off|happier|better) if i (wasn't|wasnt|weren't|werent|was not|were not) (here|around|alive)|(they'd|theyd|everyone'd|we'd|you'd) be (better off|happier|better) if i (was|were) gone|(better off|happier) with me (gone|dead|out of the picture|out of the way)",
      ],
    },
    {
      category: 'burden',
      person: 'open',
      phrases: [
        'burden to (everyone|my family|others|people|everybody|them|my friends|my parents|you|anyone)|burden on (everyone|my family|others|people|them|my friends|my parents)',
        "(would|will) (anyone|anybody|people|someone|they) (even)? (notice|care|miss me) if i (died|was gone|were gone|disappeared|killed myself|wasn't here|was not here)",
        "(if|whether) (anyone|anybody|people|someone) (would|will) (even)? (notice|care|miss me) if i (died|was gone|were gone|disappeared|killed myself|wasn't here|was not here)",
        "(i'm|i am|am|being|feel like|feeling like|felt like) (such)? a burden|just a burden|only a burden|(i'm|i am|im|feel like|feeling like) (such)? a financial burden",
        "better off without me|(be|are) better without me|no one would miss me|nobody would miss me|no one will miss me|nobody will miss me|wouldn't miss me|won't miss me",
        "(i)? disappoint everyone|(a|such a) disappointment (to everyone)?|let everyone down|ruin everything|ruin everyone's life",
        "waste of (space|oxygen|air|life)|don't deserve (to be here|anything|love|to live)|everyone would be happier without me|world would be better without me",
      ],
    },
    {
      category: 'trapped',
      person: 'open',
      phrases: [
        "trapped|feel trapped|feeling trapped|no way out|no escape|only way out|only escape|way out of this|can't escape|cannot escape|stuck forever|no exit|can't get out of this",
      ],
    },
    {
      category: 'ideation',
      person: 'anchored',
      phrases: [
        "(do|doing|did) it|(do|doing) something (stupid|drastic|permanent|i'll regret|i will regret)|go through with it|went through with it|follow through|end it|ending it|the deed|(to|gonna|going to) go|time to go|ready to go|my time|it's time|be gone|being gone|want out|wanting out|i'm ready|leave this world|leave this earth|not be here|won't be here|won't be around|not be around|join (him|her|them)",
        "sucide|suicde|suiside|suicid|suicide|self death|kill oneself|kill one's self|kill my self|killing my self|end of my life|die|dying|to be dead",
      ],
    },
    {
      category: 'ideation',
      person: 'first',
      phrases: [
        "(when|after|once|before) i'm gone|(when|after|once|before) i go|find my body|my body (is|will be) found|my funeral|(at|to|plan) my funeral|miss me when i'm gone",
        "don't see (why|the point|a reason) (i should|to|in) (be alive|live|living|keep living|stay|be here)|don't value my life|(rather|want to|wanna) never wake up|hope i die|wish i would die|wishing i would die|want to not be alive|can't see myself living|(can't|cant|cannot|don't|dont|do not) see myself (being|staying|still)? alive",
        "(only|one) (reason|thing) (i'm|im|i am) (still)? (alive|here|not dead)|only reason i (haven't|havent|didn't) (killed myself|ended it|done it|ended my life)|only (thing|one|reason) (keeping|stopping) me (alive|here|from (it|doing it|ending it|ending it all|killing myself|ending my life|dying|suicide|going through with it|jumping|acting on it))",
        '(supposed to|how do i|how am i|why should i|why do i|reason to) stay alive|(wanna|gonna) (die|be dead|end it|kill myself)',
        "can't (afford|stand|bear) to (live|be alive|exist)|can't stand (this|my) life|(life|my life) is over|lost the (battle|fight|will)|almost did it|came close to (doing it|ending it|killing myself)|(first|second|third|last|next) attempt",
      ],
    },
    {
      category: 'distress',
      person: 'open',
      phrases: [
        'need (someone|somebody|anyone) to talk to|i need help|i really need help|please help me|help me please|someone please help|can someone (please)? help|i need to talk|just need someone',
        "(don't|do not|dont) know what to do anymore|don't know how much longer|can't hold on|can't anymore|cannot anymore|can't do this|can't cope|not coping|can't handle (it|this|life)",
        "so much pain|(can't|cant|cannot) (take|bear|stand|handle) (the|this) pain (anymore|any more|any longer)|in (so much|constant|unbearable) pain|(the)? pain is (too much|unbearable|killing me)|hurts so (much|bad)|can't stop crying|crying (so hard|all day|every day|every night|myself to sleep)",
        "in a (bad|dark|very bad|really bad|pretty bad|terrible|horrible) place|falling apart|breaking down|at my limit|end of my rope|hit rock bottom|rock bottom|losing my mind|(it|things) (has|have)? (gotten|getting|got) worse|i'm not (okay|ok)|not okay anymore",
        "(feel|feeling) so (low|empty|numb|hopeless|broken)|(i'm|im) (so)? broken|can't breathe|harder to breathe",
        "so lost|completely lost|i'm scared|so scared|suffering|so alone|all alone|completely alone|so lonely|(no one|nobody|noone) to talk to|no one (wants|loves|likes) me|nobody (wants|loves|likes) me|no friends|no one left|lost everything",
        "worthless|so useless|i'm useless|(a|such a|total|complete) failure|hate myself|loathe myself|hate who i am|can't stand myself|disgusted (with|by) myself|deserve to suffer|deserve (this|the pain)|i've given up|given up|so tired|so done|i'm done|exhausted of|drained",
      ],
    },
    {
      category: 'plan',
      person: 'first',
      phrases: [
        '(gave|left|wrote|finished|written|leave|leaving) my (note|notes)|this is my note|(set|picked|chose|chosen) (a|the|my) date|my date (is)? set|the day i (set|chose|picked)',
        '(how|is it) (easy|hard|painful|quick|fast) (is it)? to die|to die by (drugs|pills|overdose|hanging|jumping)',
        '(best|easiest|quickest|fastest|least painful|most painless|painless|surest|simplest|quick) (way|ways|method|methods) to (die|go|kill yourself|kill oneself|kill myself|end it|commit suicide|end your life|end my life|do it)',
        '(how|ways) to (kill yourself|kill oneself|end your life|commit suicide)|(how|is) (painful|painless) is (hanging|drowning|overdosing|an overdose|jumping)|is (hanging|jumping|drowning|an overdose) (a)? painless|enough pills|high enough to (die|kill)|lethal dose|how many pills',
        // seeking a method (Lifeline warning sign): the quantity of a drug it "takes"
        '(how much|how many) (pills|tablets|meds|painkillers|sleeping pills|benadryl|diphenhydramine|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|insulin|xanax|seroquel|antidepressants) (will it take|would it take|does it take|would kill me|will kill me|to die|to overdose|is lethal|is fatal|would be lethal|would be fatal|is a lethal dose|would be enough)',
      ],
    },
    {
      category: 'intent',
      person: 'first',
      phrases: [
        '(going|gonna|about|decided|ready|planning|plan|intend|intending|determined) to? (kill myself|end my life|take my life|take my own life|end it all|end it|commit suicide|do it tonight|end things|off myself|unalive myself)',
        "(i will|i'll|i'm going to|i am going to|i'm gonna|i shall) (kill myself|end my life|end it|end it all|take my life|commit suicide|die tonight)",
        "i've decided to die|i have decided to die|made (up)? my (mind|decision) to (die|end it|kill myself)|made the decision to end",
        'doing it tonight|do it tonight|going to do it (tonight|tomorrow|soon)',
        "i'm going to attempt|going to try again|gonna try again|will try again|attempt again|attempt tonight",
      ],
    },
    {
      category: 'plan',
      person: 'first',
      phrases: [
        '(wrote|writing|written|drafted|drafting) my (note|letter|notes|letters) to',
        '(how|ways|way) to (kill myself|end my life|commit suicide|die painlessly|die quickly)|painless (way|ways|method|methods) to die|painless death|painless suicide',
        '(best|easiest|quickest|fastest|least painful|surest) (way|ways|method|methods) to (die|kill myself|end it|commit suicide)',
        '(researching|researched|looked up|looking up|googled|googling|searched|searching) (for)? (ways|methods|how) to (die|kill myself|end it|commit suicide|overdose)',
        'plan to (kill myself|end my life|end it|die|commit suicide)|planning (my|to) (suicide|death|end)|my suicide plan|suicide plan|planned (my|it|everything) (out)? (suicide|death)?',
      ],
    },
    {
      // a note or letter of goodbye: the subject decides ("she left a suicide note" is a third
      // person at risk, `concern`)
      category: 'plan',
      person: 'open',
      phrases: [
        '(suicide|goodbye) (note|letter|notes|letters)|(wrote|writing|written|write|drafted|drafting|left) (a|my) (suicide|goodbye) (note|letter|notes|letters)',
      ],
    },
    {
      // someone else's note, found or read by the writer: a third person at risk
      category: 'plan',
      person: 'third',
      phrases: [
        "(his|her|their) (suicide|goodbye) (note|letter|notes|letters)|(friend's|sister's|brother's|mom's|mum's|mother's|dad's|father's|son's|daughter's|boyfriend's|girlfriend's|partner's|husband's|wife's|roommate's|cousin's|child's|kid's) (suicide|goodbye) (note|letter|notes|letters)",
      ],
    },
    {
      category: 'plan',
      person: 'none',
      phrases: [
        // a day named for it counts beside ideation: alone, "today is the day we launch the
        // campaign" is no signal
        "(tonight|today|tomorrow) (is|will be) the (night|day)|(tonight's|today's|tomorrow's) the (night|day)",
        '(have|got|made|making|make) a plan|my plan is|the plan is|(set|picked|chose|chosen|choose|pick) a date|giving away (my|all my) (stuff|things|belongings|possessions|pets)|gave away my',
        'wrote my will|writing my will|made my will|said my goodbyes|saying my goodbyes|getting my affairs in order|put my affairs in order',
      ],
    },
    {
      category: 'method',
      person: 'first',
      phrases: [
        '(hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|suffocate|suffocating|gas|electrocute) myself|blow my brains out|starve myself to death|bleed out',
        '(slit|slitting|cut|cutting|open) my (wrists|wrist|throat|veins)',
        // wanting it, said with the words a self-harm phrase begins with ("want to cut", "want to
        // bleed", "want to crash my car"), so that the method, the longer phrase, is read
        '(want|wanna|need|wanting|needing) to (cut|slit|open) my (wrists|wrist|throat|veins)|(want|wanna|need) to bleed out',
        '(want|wanna|need) to (crash|drive|swerve) my car (off|into) (a|the)? (bridge|cliff|tree|wall|oncoming traffic|traffic)',
        // at the place of the means, now (Lifeline: "being in a place to act")
        "(i'm|i am|im) (standing|sitting) (on|at) (the)? (edge of the)? (bridge|ledge|roof|rooftop|cliff|edge|train tracks|tracks) (right)? now",
        '(jump|jumping|step|stepping|walk|walking|throw myself) in front of (a|the) (train|car|bus|truck|lorry|subway)',
        '(drive|driving|crash|crashing|swerve|swerving) (my car)? (off|into) (a|the)? (bridge|cliff|tree|wall|oncoming traffic|traffic)|crash my car',
        '(take|taking|took|swallow|swallowing|swallowed) (all|all of) my (pills|meds|medication|antidepressants|sleeping pills|painkillers|tablets) (at once|in one go|all at once)',
        'take all my (pills|meds|medication|medicine)|take (all|a bunch of|a handful of|the whole bottle of) (pills|meds|medication)|swallow (all|the) (pills|bottle)|down the bottle',
        '(belt|rope|noose|cord) around my neck|gun (in|to) my (mouth|head)|(pull|pulled|pulling) the trigger|(shot|stab|stabbed|stabbing) myself|loaded (the|my) gun|(got|bought|have) (a|the) gun',
        'tie a noose|tied a noose|made a noose|a noose|the noose',
      ],
    },
    {
      // the methods above said of someone else: "my sister wants to hang herself" is a third
      // person at risk (SPEC §4). Present forms only: "hanged himself", "crashed his car into a
      // tree" report a death or an accident, not a person at risk now. Taking all one's pills
      // needs "at once": "she takes all her pills in the morning" is a dose.
      category: 'method',
      person: 'third',
      phrases: [
        '(hang|hanging|hangs|shoot|shooting|shoots|drown|drowning|drowns|poison|poisoning|poisons|suffocate|suffocating|suffocates|electrocute|electrocuting|stab|stabbing|stabs) (herself|himself|themselves|themself)',
        '(blow|blowing|blows) (her|his|their) brains out|starve (herself|himself|themselves) to death|(slit|slitting|slits|cut|cutting|cuts|open|opening|opens) (her|his|their) (wrists|wrist|throat|veins)',
        '(throw|throwing|throws) (herself|himself|themselves) (off|from) (of)? (a|the|her|his|their)? (bridge|building|roof|cliff|balcony|tower|overpass|window|ledge|top floor|parking garage|skyscraper|car park)',
        '(throw|throwing|throws) (herself|himself|themselves) in front of (a|the) (train|car|bus|truck|lorry|subway)',
        '(drive|driving|drives|crash|crashing|crashes|swerve|swerving|swerves) (her|his|their) car (off|into) (a|the)? (bridge|cliff|tree|wall|oncoming traffic|traffic)',
        '(take|taking|takes|swallow|swallowing|swallows) (all|all of) (her|his|their) (pills|meds|medication|antidepressants|sleeping pills|painkillers|tablets) (at once|in one go|all at once)',
        '(belt|rope|noose|cord) around (her|his|their) neck|gun (in|to) (her|his|their) (mouth|head)',
      ],
    },
    {
      // the subject decides: "my brother is buying a gun" is a third person, at most concern
      category: 'method',
      person: 'open',
      phrases: [
        // C-SSRS "preparatory behaviour": acquiring a lethal means
        '(picking up|pick up|buying|buy|bought|purchased|purchasing|ordered|ordering|went to get) (a|the|myself a) (gun|rope|noose|pistol|shotgun|firearm|handgun)',
        // an overdose is the writer's unless the clause says whose ("your overdose recovery")
        'overdose|overdosing|od on',
        // jumping is the writer's unless the clause names another ("he wants to jump off the
        // bridge" is a third person at risk)
        '(jump|jumping) (off|from) (of)? (a|the|this|my)? (bridge|building|roof|cliff|balcony|tower|overpass|window|ledge|top floor|parking garage|skyscraper|car park)',
      ],
    },
    {
      category: 'means',
      person: 'none',
      phrases: [
        'pills|pill|bottle of pills|my meds|sleeping pills|painkillers|tylenol|paracetamol|acetaminophen|insulin|bleach|antifreeze|helium|charcoal',
        'stockpiling|stockpiled|stockpile|(took|take|taking|swallowed|swallow|ate|downed) <num> (pills|tablets|sleeping pills|painkillers)',
        'rope|noose|belt|cord|gun|guns|firearm|pistol|shotgun|rifle|bullet|bullets',
        'razor|razors|razor blade|blades|blade|knife|knives',
        'bridge|train tracks|railway|tracks|rooftop|roof|ledge|cliff|balcony',
      ],
    },
    {
      category: 'timeline',
      person: 'none',
      phrases: [
        'tonight|tomorrow|today|this weekend|this week|this friday|this month|soon|very soon|in a few (hours|days)|in (an|one|two|a couple of) (hour|hours|days)',
        'by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|the end of the (week|month|year)|new year|christmas)',
        '(on|after|before) my birthday|(after|before) (christmas|new year|the holidays|graduation|exams)|at midnight|when everyone is asleep|once everyone is asleep',
      ],
    },
    {
      category: 'goodbye',
      person: 'first',
      phrases: [
        "by the time you (read|see|find) this|when you (read|find|see) this i (will|'ll) be (gone|dead)",
        "won't be (here|around|alive) (tomorrow|much longer|for long|next week|anymore|by morning|in the morning)",
        'this is (my)? (final|last) (goodbye|post|message|words|note|letter)|my (final|last) (goodbye|words|message|post|note) (before|to)',
        'goodbye cruel world|see you on the other side|see you all on the other side|see you in the next life|farewell forever',
        "forgive me for what i'm about to do|forgive me for (this|leaving)|i'm sorry for what i'm about to do|sorry for leaving like this",
        "tell my (family|mom|mum|dad|parents|kids|children|friends|sister|brother|wife|husband) (i love them|that i love them|i'm sorry|i'm so sorry)",
      ],
    },
    {
      category: 'goodbye',
      person: 'none',
      phrases: [
        'goodbye (everyone|everybody|world|all|guys|friends|forever)|this is goodbye|saying goodbye|say goodbye|my last (post|message|day|night)|final (post|message)|last words',
        'sorry for everything|thank you for everything|thanks for everything|love you all|i love you all',
      ],
    },
    ...indirectCrisisGroups,
  ],
};
