import type { MarkerLexicon } from '../../lexicon.js';

/**
 * Context that changes what a crisis phrase means. False friends are idioms that contain a
 * crisis phrase ("kill myself laughing", "rather die than"); the other groups say who speaks
 * and when: someone offering help, a recovered past, song lyrics, news, banter.
 */
export const contextMarkerLexicon: MarkerLexicon = {
  id: 'en.context',
  version: '1.33',
  language: 'en',
  sources: [
    'Samaritans, communicating with users in distress: supportive template wording (SAFE-MESSAGING.md [S6])',
    'Vibrant toolkit: sample supportive responses (SAFE-MESSAGING.md [S21])',
    'WHO/IASP 2023: stories of hope and recovery (SAFE-MESSAGING.md [S16]); ReportingOnSuicide.org vocabulary of news coverage',
    'common English idioms of hyperbole (Cambridge and Merriam-Webster idiom entries for "die", "kill", "dying to")',
  ],
  rationale:
    'Offering help must not look like a cry for help, and recovery stories are what safe-messaging guidance asks people to share; but help markers are phrases addressed to someone else, never mere mentions of a hotline, so that a person in crisis who mentions calling one is still seen.',
  groups: [
    {
      category: 'false_friend',
      phrases: [
        '(die|died|dying|dead) (of|from) (laughter|laughing|embarrassment|shame|cringe|boredom|cuteness|jealousy|envy|excitement|happiness|hunger|thirst|heat)',
        'die laughing|died laughing|dying laughing|dying of laughter|kill myself laughing|killing myself laughing|killed myself laughing',
        '(rather|sooner) (die|be dead|kill myself|slit my wrists|jump off a bridge|jump off a cliff|get hit by a bus|be shot) than',
        '(so|too) (tired|bored|hungry|embarrassed|full|happy|excited|hot|cold|sleepy) (that)? i could (die|just die)',
        '(killing myself|kill myself|killed myself) (trying to|at the gym|working out|with work|to finish|to get this|studying)',
        // "to die for" after what is admired; after "want" it is no idiom ("I want to die for real")
        "kill for (a|an|some|the)|would kill for|(is|was|are|were|be|it's|that's|looks|look|looked|sounds|smells|tastes|view|body|outfit|food|cake|dress|shoes|hair|voice|skin|smile|recipe|meal|dessert|pizza|coffee|chocolate) to die for|dying to (see|meet|try|know|hear|go|get|read|watch|tell|find out)",
        // reclaiming one's life, said of recovery
        '(take|taking|took|taken) (my|your|our|their|her|his) (own)? life back|(take|taking|took|taken) back (my|your|our|their|her|his) (own)? life',
        'hopeless romantic|hopelessly (in love|devoted|romantic|addicted)',
        // drowning in work, not in pain
        'drowning in (work|paperwork|emails|email|homework|assignments|deadlines|laundry|dishes|orders|messages|notifications)',
        // an attempt at something else ("my first attempt at baking", "attempts to get to a gig")
        '(attempt|attempts) (at|to)|suicide attempts (are|were|have|has|among|in|rose|rise|rising|increased|fell|per)|(rate|rates|number|numbers) of (suicide)? attempts',
        // advocacy's verb: breaking down stigma, barriers, myths; an explanation broken down
        'breaking down (the|these|those|our|your)? (stigma|barriers|barrier|walls|myths|misconceptions|taboos|taboo|stereotypes|silos|steps|process|numbers|data|costs|budget)',
        // the last word on a subject, not the last word: "the last time you'll hear from me about it"
        '(hear|get) from me (about|on|regarding|until|till|before|for a (while|bit|few|week|month))',
        // having no one, said of blame or of a preference: "I have no one to blame but myself"
        "(nobody|no one|noone) (else)? to blame (but|except|other than)|(nobody|no one|noone) else (i would|i'd) rather",
        // waking up late, waking someone up; a fight with someone
        '(woke|wake|waking|woken) up (late|early|too early|too late|with a|with the|before|after)|(wake|woke|waking) up (the|my|your|his|her|our) (baby|kids|kid|children|neighbours|neighbors|dog|cat|husband|wife|roommate|partner|family)',
        'fight (anymore|any more|any longer) (with|about|over)',
        // a story's way out, not the writer's; leaving social media, not life
        '(option|way out|answer|solution|choice|escape|way) (for|in) the (character|hero|heroine|protagonist|story|book|film|movie|show|novel|plot)|(not exist|stop existing) (on|in) (social media|the internet|online|twitter|instagram|facebook|tiktok|this group)',
        // scars that have healed are a past told ("my self harm scars are fading, 5 years clean")
        '(self harm|selfharm|sh|cutting) scars (are|have|have been)? (fading|faded|healed|healing|white|silver)',
        // a night at work: "I don't think I'll make it through the night shift"
        'the night (shift|shifts|feed|feeds|bus|train|flight|drive|class)',
        // comfort to others: "the thought of dying is comforting to some hospice patients"
        '(comforting|a comfort|peaceful|calming|soothing) (to|for) (some|many|most|patients|people|them|others|families|the dying)',
        // too late to do something: "it's too late for me to apply"
        'too late for me to',
        'disappeared for (the|a) (weekend|week|day|while|bit|month|holiday|vacation)',
        // asking about a medicine's side effects (labelling guide §2): "will sertraline make me suicidal?"
        '(will|does|can|could) (it|this|sertraline|zoloft|prozac|lexapro|wellbutrin|accutane|antidepressants|ssris|the meds|the medication|my meds|my medication) (make|cause) (me|you)? (suicidal|suicidal thoughts)',
        // medication taken as prescribed: "I take all my pills in the morning", "make sure he
        // takes all his pills at once with food"
        '(take|takes|taking|took) all (my|her|his|their) (pills|meds|medication|medicine|vitamins) (at once)? (in the morning|at night|at bedtime|every (day|morning|night)|daily|with (breakfast|food|water|dinner)|on time|as prescribed)',
        // a limb cut or burned on something, by accident: "burned my arm again on the oven"
        '(cut|cutting|cuts|burned|burnt|burning|burns) (my|her|his|their) (arm|arms|thigh|thighs|leg|legs|stomach|hips|skin) (again)? (on|with|while|cooking|shaving|baking|ironing)',
        // cutting hair, nails, losses or classes: "trying not to cut my bangs again"
        'cut (my|the|your|his|her|our) (own)? (hair|bangs|fringe|nails|grass|lawn|losses|ties|corners|class|classes|carbs|sugar|budget|hours|coffee)',
        // a last night somewhere, a goal counted, a relationship ended: "my last night shift",
        // "reaching 30k followers", "ended it with him"
        'my (last|final) night (shift|out|in|of|at|before|with)',
        '(reaching|making it to|turning|hitting) <num> (followers|subscribers|subs|views|likes|steps|pounds|lbs|kg|miles|km|words|pages)',
        '(end|ended|ending) it with (him|her|them|my (boyfriend|girlfriend|partner|ex|husband|wife|bf|gf))',
        // a weapon held to the writer by someone else: an assault, not the writer's own means
        '(he|she|they|someone|a man|the robber|a robber|the mugger|my dad|my husband|my ex) (held|put|pointed) (a|his|the) (gun|knife) (to|at|against) my',
        // a roof's edge for work or a view: a gutter to clear, a rooftop bar or terrace
        'edge of the (roof|rooftop) to (clean|clear|fix|check|repair|reach|paint|get|see|watch|take)|edge of the (roof|rooftop) (bar|terrace|deck|garden|pool|patio|restaurant|party)',
        // SI units
        'si (unit|units|system|prefix|prefixes)',
        // a place to live, a party's mischief
        'living in (a|the|this) (big|small)? (city|town|country|village|house|flat|apartment|dorm|suburbs|area|neighbourhood|neighborhood)|something stupid (at|like|with|in|on)',
        // dyeing, spelled "dying": "I wouldn't mind dying my hair blue"
        'dying (my|her|his|their|your|the) (hair|clothes|shirt|shirts|jeans|beard|eyebrows|fabric|eggs)',
        // not being around much longer somewhere: "at this company", "in this town"
        'be (around|here) (much|for much|very)? (longer|long) (at|in|on|with) (this|the|my|our)',
        // an absence for an occasion: "better off without me for the weekend", "with me gone on
        // vacation", "if I wasn't around for the meeting"
        "(without me|with me gone|wasn't around|was not around|weren't around|wasn't here|was not here) (for|on|during) (the|a|my)? (weekend|meeting|trip|vacation|holiday|holidays|week|party|shift|call|class)",
        'trapped in (traffic|an elevator|a lift|the elevator|the lift|the snow|the rain|a meeting|the office)|tourist trap',
        'financial burden|burden of proof|tax burden|burden of disease|disease burden|economic burden',
        'overdose (on|of) (sugar|caffeine|chocolate|cuteness|carbs|candy|coffee|cute)|overdosed on (sugar|caffeine|chocolate|cuteness|carbs|candy|coffee|cute|netflix|tv|anime)|overdose awareness|overdose prevention|naloxone|narcan',
        // figures of speech with a method's words: "drowning myself in work", "shot himself in the foot"
        '(drown|drowning|drowns|drowned) (myself|herself|himself|themselves|ourselves) in (work|my work|her work|his work|their work|homework|schoolwork|coursework|studying|my studies|alcohol|booze|drink|coffee|tea|sorrows|my sorrows|books|music|netflix|tv|video games|games|chores|busywork|paperwork|emails|tears|debt)',
        '(shoot|shooting|shoots|shot) (herself|himself|themselves|ourselves) in the foot',
        // a wrist cut on something broken, by accident: "cut my wrist on a broken glass"
        '(cut|sliced) (my|her|his) (wrist|wrists) on (a|the)? (broken)? (glass|bottle|mirror|plate|window|tin|can|fence|nail)',
        'shoot myself in the foot|shot myself in the foot|cut myself (some|a) slack|hurt myself (laughing|at the gym|playing|skiing|running|lifting)|cut myself shaving|cut myself cooking|burn myself cooking|burned myself cooking|burnt myself cooking',
        // advocacy and research nouns: talking about suicide prevention is not a person at risk
        'suicide (prevention|awareness|research|statistics|rate|rates|training|policy|month|week|day)',
        '(self harm|selfharm|self injury|nssi) (awareness|prevention|recovery|research|statistics|training|education|month|week|day|charity|workshop|webinar|event|talk|panel|campaign)',
        'suicide squad|suicide mission|suicidal tendencies|suicide doors|suicide sprints|suicide run|suicideboys|suicide boys|suicide is painless',
        'no way (to get)? out of (this|the) (meeting|conversation|parking lot|class|lecture|contract|lease|subscription|call|traffic|queue|line)|end it all with a (bang|party|celebration|toast|dance|song|laugh|feast|win|victory|trophy)|could sleep forever|(want to|wanna) disappear for (a|the)',
        // empathy from one who has been there: "I know how it feels to want to die"
        '(know|understand|remember) (how|what) it (feels|is like|feels like|felt|was like|felt like) to (want to|wanna) (die|end it|disappear|not exist|be dead|give up)|(know|understand|remember) (how|what) it (feels|is like|feels like|felt|was like|felt like) to (be|feel) (suicidal|hopeless|worthless|like a burden|trapped)',
      ],
    },
    {
      category: 'help',
      phrases: [
        '(please|pls|plz)? (call|text|contact|dial|ring) (988|741741|116 123|116123|999|911|112|a hotline|the hotline|a helpline|a crisis line|the crisis line|samaritans|a lifeline|emergency services|someone)',
        'call or text|text home|text hello|crisis text line|findahelpline|befrienders|988lifeline',
        "(please|pls|plz) (reach out|talk to|get help|seek help|stay|don't|hold on|be safe|consider|tell)",
        "(you're|you are|youre) not alone|not alone in this|here for you|here if you need|my (dms|inbox) (are|is) open|dm me if|message me if|feel free to (dm|message|reach)",
        'sending (you)? (love|hugs|strength|hope|light)|hugs (to|for) you|big hugs|virtual hug|stay safe|stay strong|take care of yourself|look after yourself|be gentle with yourself',
        "you (matter|are loved|deserve to be here|deserve help|deserve support|are worth it|are important|are not a burden|'re not a burden)|you're (loved|worth it|important)|proud of you",
        "(you're|you are|youre) stronger than you (think|know|feel|realize|realise)|it (gets|will get|does get) better|things (will|do) get better|hang in there|don't give up|please stay|we need you|the world needs you|keep fighting",
        "if (you're|you are|youre|you) (ever)? (feeling|having|thinking|struggling|feel|need|want|find yourself)|if someone you know|if anyone (is|needs|feels)|anyone who (is|feels|needs)",
        'you can (call|text|reach|talk|dm|message)|(reach out|talk) to (someone|a friend|a professional|your doctor|a therapist|a counsellor|a counselor)',
      ],
    },
    {
      category: 'recovery',
      phrases: [
        "recovered|in recovery|my recovery|recovery journey|survived|i survived|i'm still here|still here today|glad (i'm|i am) (still)? (alive|here)|glad i (didn't|did not|survived|stayed|reached out|got help)",
        "(so|really)? grateful (to be|i'm|i am|that i'm) (alive|here|still here)|happy to be alive|(today|now) i'm (doing|happy|grateful|alive|okay|ok|thriving|better|proud|healthy|in a good place)",
        "(i'm|i am|im) (doing)? (so|much)? (better|okay|ok|well|good) now|doing (so|much|a lot)? better now|got better|it got better|things got better|in a (much)? better place",
        "(years|months|days|weeks) clean|clean (for|since)|(years|months) (sober|free)|thriving|how far i've come|made it through|got through it|i made it|lived to tell|survivor of",
      ],
    },
    {
      category: 'distant_past',
      phrases: [
        'years ago|a year ago|months ago|long ago|a long time ago|decade ago|used to|back then|back when|back in (the day|high school|college|school|uni|university)',
        'in the past|when i was (younger|a teen|a teenager|a kid|a child|little|in high school|in school|in college|at uni|at university|at school)|as a (teen|teenager|kid|child|young adult)',
        // a year or an age: "back in 2015", "when I was 16"
        'back in <num>|when i was <num>',
        'at my (lowest|worst|darkest)|my darkest (days|times|time|moments|point)|there was a time|once upon a time|growing up|in my (teens|twenties|youth)|in (high school|middle school|college)',
      ],
    },
    {
      category: 'recent',
      phrases: [
        'last night|yesterday|this morning|earlier today|last week|hours ago|an hour ago|minutes ago|days ago|just now|again|relapsed|still (want|feel|am|have|think|do)',
        // a past that has come back: "I used to be suicidal and now it's back"
        "(it's|its|it is|they're|they are|it was|the thoughts are|the urges are|the feelings are) (back|coming back)|came back|come back|coming back",
      ],
    },
    {
      category: 'lyrics',
      phrases: [
        'lyrics|lyric|song|songs|album|sings|singing|sang|verse|chorus|playlist|spotify|on repeat|this track|band|rapper|singer|music video|soundtrack',
      ],
    },
    {
      // the music-post convention: what follows in the sentence is a song's title and words
      category: 'song_intro',
      phrases: ['now playing|song of the day|lyric of the day'],
    },
    {
      category: 'news',
      phrases: [
        'according to|police said|officials said|coroner|inquest|breaking news|news report|reported that|the article|headline|obituary',
        '(police|officials|authorities|investigators|a spokesperson|a spokesman|a spokeswoman) (say|says|said|told reporters)',
        // research reporting what participants said ("researchers quoted patients saying '…'")
        '(a|the|new|one) (study|survey|paper|report) (found|shows|finds|quoted|says)|researchers (found|quoted|interviewed|surveyed|reported)',
        'died by suicide|took (his|her|their) (own)? life|killed (himself|herself|themselves)|committed suicide|suicide rate|suicide rates|deaths by suicide|suicide statistics',
      ],
    },
    {
      category: 'joke',
      phrases: [
        'lol|lmao|lmfao|rofl|haha|hahaha|hahahaha|jk|jkjk|just kidding|kidding|xd|jokes aside',
      ],
    },
    {
      // a "you" that is the writer's own, in the frames people use to say "me too" ("that
      // feeling when you…", "anyone else get that feeling where you…", "it's so hard when you…")
      category: 'relatable',
      phrases: [
        '(that|the) (feeling|moment|point|stage|phase) (when|where)|(know|remember|get|have) (that|the|this) (feeling|moment|thing) (when|where)',
        "(it's|its|it is|it gets|life is|everything is) (so|really)? (hard|exhausting|awful|shit|crap|the worst|tough|difficult|draining|lonely) when",
        // a shared experience put to the reader: "have you noticed that when you…"
        '(have you|do you|did you|you) (ever)? (noticed|notice) (that|how)?',
        // the short-video caption "pov: you…" puts the writer's own moment to the viewer
        'pov',
        // a shared experience asked as a question: "do you ever just want to disappear?", "how do
        // you cope when you want to die?" (the asker's own, as "does anyone else…" already is;
        // "have you ever felt…?" without "just" is a friend asking, 1.18)
        "(do|don't|dont)? (you)? ever just|(how|what) do you (do|cope|deal|manage|keep going|get through it|get through the day) when",
      ],
    },
  ],
};
