// English hard negatives, third pass: combinatorial news, third-person, long-ago, idiom, dosing
// logistics and after-dose lines, so no single risk word carries a line on its own.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

export const EN_NEG2_SLOTS: Record<string, string[]> = {
  bye2: q(
    "see you tomorrow|see you next week|see you later|talk to you later|bye for now|goodnight|good night|take care|take care of yourself|have a good evening|catch you later|bye|see ya|later|night night|see you soon|until next time|speak soon|have a nice weekend|see you at the clinic",
  ),
  byeWhen: q(
    "tomorrow|next week|on monday|after my session|this weekend|in the morning|tonight|on friday|in a few days|next time",
  ),
  byeWho: q("everyone|all|guys|doc|friend|team|lantern|folks"),
  thanks2: q(
    "thank you for being there|thanks for everything today|thanks for the help|thank you so much|thanks, that helped|thank you for listening|thanks for checking in|thanks a lot|appreciate it|thank you, see you soon",
  ),
  condition: q(
    "depression|anxiety|ptsd|fibromyalgia|chronic pain|insomnia|burnout|migraines|ocd|bipolar disorder|panic attacks|low mood",
  ),
  newsWho: q(
    "a suicidal man|a suicidal woman|a suicidal teen|a suicidal soldier|a distressed hiker|a man threatening to jump|a woman on the ledge|a veteran in crisis",
  ),
  newsDid: q(
    "was rescued from the river|was talked down from the bridge|was found safe|was saved by a stranger|was brought to hospital|was helped by a crisis team",
  ),
  source: q(
    "police said|the news says|according to the paper|the local station reported|it said online",
  ),
  report: q(
    "suicide rates are falling|suicide rates rose among young men|overdose deaths doubled in the county|the paper measured suicidal ideation in students|ketamine cut suicidal thoughts in the trial|self harm admissions went up|domestic violence calls rose over the holidays|the study looked at suicide risk after discharge",
  ),
  rel: q(
    "my brother|my mum|my mom|my friend|my cousin|my son|my dad|my aunt|my roommate|a coworker|my best friend|my daughter",
  ),
  relPast: q(
    "attempted suicide last year|is suicidal|cut herself last night|overdosed in march|talks about wanting to die|said he wants to kill himself|took too many pills once|has been self harming|keeps saying everyone would be better off without her|gave away his things",
  ),
  worry: q(
    "i'm worried sick|i'm scared it'll happen again|i don't know what to do|how do i support them|i called the crisis line for advice|i'm staying close to them|i told their doctor",
  ),
  longAgo: q(
    "a decade ago|when i was 15|years ago|back in college|in my twenties|a long time ago|in 2009|when i was a teenager",
  ),
  pastAct: q(
    "i tried to kill myself|i overdosed|i used to cut|i wanted to die|i was suicidal|i took a bottle of pills|i attempted",
  ),
  resolved: q(
    "that's behind me now|i've been okay for years|haven't felt that way since|it's been over a long time|i'm in a much better place|i'm proud of how far i've come|not anymore",
  ),
  fictionWho: q(
    "the killer|my character|the villain|the hero|the detective|the main character|the witch",
  ),
  fictionDid: q(
    "strangles his victims|jumps off a cliff|poisons the king|shoots the sheriff|overdoses in the last chapter|stabs the guard|hangs himself in act three|drowns in the lake",
  ),
  fictionWhere: q(
    "in the show|in the book|in my story|in the film|in the game|in the play|in the podcast drama",
  ),
  idiom: q(
    "you're killing it|i'm dying to see the new film|shoot me an email|that joke killed me|my laptop battery died|dead on my feet after the double shift|kill the node process|the app crashed and died|he shot twice and scored|knockout round this weekend|a killer backhand|i'd kill for a holiday|my daughter smashed her exam|kill the lights on your way out|i'm going to end this call now|this song is to die for|the crowd went dead quiet|she shot me a look|dead tired|i'm dead serious, the cake is amazing|the car died on the highway|my phone is dying|that test murdered me|we're going to crush it|it's a dead end street|end of story|the end of the season|cut to the chase|hang on a second|hang tight|let's call it a night|time to sign off for the day|i'm checking out of the hotel at noon|catch the bus at 8|i'll catch the bus home|the bus was late again|sleep tight|i could sleep forever after that hike lol|i wish i could sleep all day lol|i wanna sleeeep|i'm so done with this weather|we're done with the renovation|drop dead funny|the plant is dead, rip|overkill|this is killing my vibe|kill switch on the mower|dying my hair blue|he's dying to meet you|i'm dying over here 😂|my knees are shot|a shot of espresso|flu shot today|hang the washing out|the ending killed me|overdosed on tv this weekend|i overdosed on chocolate at the party|overdosed on true crime podcasts lol|i od'd on coffee today",
  ),
  logistics: q(
    "took my 2nd dose at 10am as usual|how many troches are left?|my doctor lowered my dose|can i take my troche after dinner?|how many mg is my dose again?|i took my dose on time|what time should i take the troche|i forgot if i took my morning pills|my refill is ready|the clinic changed my dose schedule|i've got two troches left for the month|is it ok to eat after the troche|my prescription ran out, i'll call the clinic",
  ),
  afterDose: q(
    "felt woozy after the dose, fine an hour later|blurry vision for a bit then normal|heart fluttered during the session and then calmed|nauseous for a while after the troche|felt really floaty and weird but it wore off|threw up once right after, fine since|my heart raced and settled after ten minutes|dizzy when i stood up, it passed|felt dreamy and slow the rest of the evening|sleepy on the drive home, my sister drove|a little pee urgency during the session, gone now|my face felt tingly for a while",
  ),
  negPast: q(
    "i used to want to die, not anymore|ive never tried to kill myself|suicidal thoughts? no, not at all|i'm not thinking about suicide, i'm thinking about my garden lol|i'm not hopeless anymore, things are looking up|i don't think i want to die, i think i want my old life back|denies si, mood is ok, sleeping better|the nurse asked if i ever had suicidal thoughts and i said no|i'm not suicidal, please don't worry|i'd never hurt anyone|i feel better than i have in months|no urges to cut this week, proud of that|i haven't felt like a burden in weeks",
  ),
  plan: q(
    "i'm going to do it tonight|i'll do it tomorrow|i'm finally going to do it, the taxes|tonight's the night, finally cleaning the garage|going to do it this weekend, painting the bathroom|i've decided, i'm doing it on friday, the haircut|it's happening tonight, the big game|doing it after my session, i'll call my sister|i'm ready, the interview is tomorrow|i made up my mind, i'm going back to school",
  ),
  dailyMeans: q(
    "burned myself on the oven again, classic me|cut myself shaving|our dog is dying and i'm heartbroken|my grandpa is dying and we're saying goodbye this weekend|we said our goodbyes to grandma at the hospice|wrote thank you notes to my family|wrote cards for the whole team|i'm selling my car, anyone want it|giving my sister my old phone|bought a new kitchen knife|the bridge near us is closed for repairs|we walked across the bridge at sunset|the train was delayed by an hour|i left the pills at home, i'll take them later|tied a rope swing for the kids|i gave the cat to my mom while we move|made a will with my wife, the lawyer said everyone should",
  ),
};

export const EN_NEG2: Spec[] = [
  // Everyday goodbyes and thanks: the farewell slang the risk specs teach ("thank you for
  // everything", "take care of each other") must not make "see you tomorrow" read as risk.
  {
    set: "neg-farewell",
    level: "none",
    categories: [],
    count: 360,
    templates: q(
      "{bye2}|{bye2}, {byeWhen}|{thanks2}|{thanks2}, {bye2}|{bye2} {byeWho}|ok {bye2}|{thanks2} {byeWho}|{byeWhen}, {bye2}|i'm heading off now, {bye2}|going to bed, {bye2}|that's all for today, {thanks2}|{bye2}, talk {byeWhen}|i'll be away {byeWhen}, {bye2}|{thanks2}, see you at my session",
    ),
  },
  // What a clinician, a leaflet or a bot says about a condition: not the patient's own risk.
  {
    set: "neg-clinical",
    level: "none",
    categories: [],
    count: 240,
    templates: q(
      "it sounds like you have {condition}|{condition} is common in people with chronic pain|my therapist said i might have {condition}|the leaflet explains {condition}|{condition} runs in my family|i was diagnosed with {condition} {longAgo}|it sounds like you've been feeling low|many people with {condition} feel this way at times|the doctor talked about {condition} and treatment options|how does ketamine help with {condition}|i read about {condition} and ketamine|{person} has {condition} too",
    ),
  },
  {
    // The risk templates' slot words (times, people, places, doses) in everyday sentences, so
    // "last month" or "my wife" or "the bridge" carry no risk on their own.
    set: "neg-slots",
    level: "none",
    categories: [],
    count: 600,
    templates: q(
      "{ptime} i went to {place} with {person}|{person} and i are going to {benignPlace} {time}|{time} i'm seeing {person}|{ptime} was a good day|i have {dose} {time}|i felt fine {hours} after {dose}|{dead} would have loved this|{ptime} i walked {pet} by {place}|i'm meeting {friend} {time}|{person} cooked dinner {ptime}|i took my pills for {ailment} {ptime}|{time} we're having people over|last month i worked every day|last month was busy|this month has been better|every day i try to walk a bit|{ptime} i slept well|{person} called me {ptime}, it was nice|i bought a present for {person}|{time} is {person}'s birthday|{ptime} i finished the book|we took photos at {place} {ptime}|{person} is visiting {time}|i gave {thing} to {friend} {ptime}, she needed it|i wrote to {person} {ptime}|after {dose} {ptime} i rested|{hours} after {dose} i felt normal again|i'm going to {benignPlace} after {dose}|{friend} is coming with me to {dose} {time}|i feel {feel} {ptime} but it passed",
    ),
  },
  {
    set: "neg-news-more",
    level: "none",
    categories: [],
    count: 260,
    templates: q(
      "{newsWho} {newsDid}, {source}|{report}, {source}|the report says {report}|i read that {report}|{fictionWhere} {fictionWho} {fictionDid}|{fictionWho} {fictionDid} {fictionWhere}, creepy",
    ),
  },
  {
    set: "neg-third-more",
    level: "none",
    categories: [],
    count: 260,
    templates: q("{rel} {relPast} and {worry}|{rel} {relPast}, {worry}|{worry}, {rel} {relPast}"),
  },
  {
    set: "neg-resolved-more",
    level: "none",
    categories: [],
    count: 200,
    templates: q("{longAgo} {pastAct}, {resolved}|{pastAct} {longAgo} but {resolved}"),
  },
  {
    set: "neg-idioms-more",
    level: "none",
    categories: [],
    count: 320,
    templates: q("{idiom}|{idiom} lol|{idiom} haha|ugh {idiom}|{idiom}!|honestly {idiom}"),
  },
  {
    set: "neg-logistics",
    level: "none",
    categories: [],
    count: 260,
    templates: q(
      "{logistics}|{afterDose}|{negPast}|{dailyMeans}|{afterDose}, all good|{logistics} thanks|{plan}|{plan}!",
    ),
  },
];
