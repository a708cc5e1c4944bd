import type { TopicLexicon } from '../../../lexicon.js';

/** Topic `stigma` (SPEC §4). */
export const stigmaLexicon: TopicLexicon = {
  id: 'en.topic.stigma',
  version: '1.1',
  language: 'en',
  topic: 'stigma',
  sources: [
    'Corrigan & Watson (2002), Understanding the impact of stigma on people with mental illness, World Psychiatry 1(1)',
    "Time to Change / See Me / Bell Let's Talk campaign vocabulary",
    'Reporting on mental health: language guidance (Mindframe, Australia)',
  ],
  rationale:
    'Stigma as advocates name it: the word family, shame and silence, stereotypes, discrimination and the slogans of anti-stigma campaigns. Slurs are included only as weak evidence because they appear in complaints about them.',
  phrases: [
    'stigma|stigmas|stigmatize|stigmatise|stigmatized|stigmatised|stigmatizing|stigmatising',
    'destigmatize|destigmatise|destigmatizing|destigmatising|destigmatization|destigmatisation',
    '(end|ending|fight|fighting|break|breaking|reduce|reducing|challenge|challenging) the stigma',
    '(end|break|breaking) the silence',
    ['taboo', 0.8],
    ['shame|ashamed|shameful', 0.4],
    ['no shame', 0.8],
    ['nothing to be ashamed of', 1],
    ['judged|judgement|judgment', 0.3],
    ['stereotype|stereotypes|stereotyping', 0.7],
    ['discrimination|discriminated|discriminate', 0.6],
    ['prejudice', 0.6],
    ['crazy|psycho|nutjob|lunatic|insane', 0.3],
    ['attention seeking|attention seeker', 0.6],
    ['just snap out of it', 0.8],
    ["it's all in your head", 0.7],
    ['weakness|weak', 0.2],
    ['not a weakness|not weakness|not a sign of weakness', 1],
    ['time to change', 0.6],
    ["bell lets talk|let's talk", 0.5],
    ['okay to not be okay|ok to not be ok|ok not to be ok|okay not to be okay', 0.8],
    ['talk about mental health|talking about mental health|open up about mental health', 0.7],
    ['misconception|misconceptions|myth|myths', 0.5],
    ['labelled|labeled|label', 0.2],
    // the misconceptions themselves, as advocates quote them
    "(think|thinks|thought|say|says|said) (depression|anxiety|mental illness|it|therapy|bipolar|adhd|ptsd|ocd) (is|isn't|is not) (just)? (being sad|laziness|lazy|a choice|attention seeking|weakness|fake|real|made up|all in your head)",
    ['(called|calls|call) (me|us|them|her|him) (crazy|psycho|insane|nuts|a lunatic)', 0.8],
  ],
};
